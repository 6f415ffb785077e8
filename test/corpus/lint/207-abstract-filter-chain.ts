// Signal filter chain on an abstract stage class: stages override apply() with super calls and edit the buffer they are given, and the pipeline only ever hands them its own working copy.
import { array, NDArray } from "ndalias";

abstract class Stage {
  static instances = 0;
  #calls = 0;
  constructor(readonly label: string) {
    Stage.instances++;
  }
  abstract apply(buf: NDArray): void;
  run(buf: NDArray): void {
    this.#calls++;
    this.apply(buf);
  }
  get calls(): number {
    return this.#calls;
  }
}

class Detrend extends Stage {
  constructor() {
    super("detrend");
  }
  apply(buf: NDArray): void {
    buf.isub(buf.mean());
  }
}

class Gain extends Stage {
  #k = 1;
  constructor(k: number) {
    super("gain");
    this.k = k;
  }
  get k(): number {
    return this.#k;
  }
  set k(v: number) {
    this.#k = Number.isFinite(v) ? v : 1;
  }
  apply(buf: NDArray): void {
    buf.imul(this.#k);
  }
}

class FadeIn extends Gain {
  constructor(k: number, readonly samples: number) {
    super(k);
  }
  override apply(buf: NDArray): void {
    super.apply(buf);
    const head = buf.slice(`0:${this.samples}`);
    for (let i = 0; i < head.size; i++) head.set(i, head.get(i) * (i / this.samples));
  }
}

class Pipeline {
  readonly #stages: Stage[] = [];
  #last: NDArray | null = null;
  add(stage: Stage): this {
    this.#stages.push(stage);
    return this;
  }
  process(input: NDArray): NDArray {
    const work = input.copy();
    for (const stage of this.#stages) stage.run(work);
    this.#last = work.copy();
    return work;
  }
  get last(): NDArray | undefined {
    return this.#last?.copy();
  }
  lastPeak(): number {
    return this.#last?.max() ?? 0;
  }
}

const pipe = new Pipeline().add(new Detrend()).add(new FadeIn(2, 3));
const raw = array([3, 5, 4, 6, 8, 7]);
const out = pipe.process(raw);
out.slice("-1:").fill(0);
const snapshot = pipe.last;
snapshot?.imul(0.5);
console.log("raw:", raw.tolist(), "out:", out.tolist(), "half snapshot:", snapshot?.tolist(), "peak:", pipe.lastPeak());

const grid = array([[1, 2, 3], [4, 6, 8]]);
const detrend = new Detrend();
for (let r = 0; r < grid.shape[0]; r++) detrend.run(grid.slice(r));
console.log("row-detrended:", grid.tolist(), "calls:", detrend.calls, "stages:", Stage.instances);
