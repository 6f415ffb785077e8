// Tracks running mean and variance of several feature streams in a class with private buffers and getters, and prints per-stream snapshots.
import { array, zeros, NDArray } from "ndalias";

interface Snapshot {
  readonly mean: NDArray;
  readonly variance: NDArray;
  readonly count: number;
}

class RunningStats {
  static readonly EPS = 1e-8;
  static #instances = new Set<RunningStats>();

  #sum: NDArray;
  #sumSq: NDArray;
  #count = 0;

  constructor(readonly dim: number) {
    this.#sum = zeros(dim);
    this.#sumSq = zeros(dim);
    RunningStats.#instances.add(this);
  }

  static get live(): number {
    return RunningStats.#instances.size;
  }

  push(x: NDArray): this {
    this.#sum.iadd(x);
    this.#sumSq.iadd(x.mul(x));
    this.#count++;
    return this;
  }

  get mean(): NDArray {
    return this.#sum.div(Math.max(this.#count, 1));
  }

  get variance(): NDArray {
    const m = this.mean;
    const v = this.#sumSq.div(Math.max(this.#count, 1));
    v.isub(m.mul(m));
    return v;
  }

  snapshot(): Snapshot {
    return { mean: this.mean, variance: this.variance, count: this.#count };
  }

  reset(): void {
    this.#sum.fill(0);
    this.#sumSq.fill(0);
    this.#count = 0;
  }

  static merge(...parts: RunningStats[]): RunningStats {
    const out = new RunningStats(parts[0]?.dim ?? 0);
    for (const p of parts) {
      out.#sum.iadd(p.#sum);
      out.#sumSq.iadd(p.#sumSq);
      out.#count += p.#count;
    }
    return out;
  }
}

const streams = new Map<string, NDArray[]>([
  ["accel", [array([0.1, 9.7, 0.2]), array([0.0, 9.8, 0.1]), array([0.3, 9.9, -0.1])]],
  ["gyro", [array([0.01, -0.02, 0.0]), array([0.02, -0.01, 0.01])]],
  ["mag", [array([21.0, -4.0, 43.0]), array([20.5, -4.2, 42.7]), array([21.3, -3.9, 43.4])]],
]);

const trackers = new Map<string, RunningStats>();
for (const [name, samples] of streams) {
  const tracker = new RunningStats(3);
  samples.forEach((s) => tracker.push(s));
  trackers.set(name, tracker);
}

// Reading a window of a copy of the first accel sample before it is rescaled in place.
const firstAccel = streams.get("accel")?.[0]?.copy() ?? zeros(3);
const window = firstAccel.slice("0:2");
console.log("accel window before scaling:", window.mean().toFixed(3));
firstAccel.imul(1 / 9.81);
console.log("first accel sample in g:", firstAccel.tolist());

for (const [name, tracker] of trackers) {
  const { mean, variance: v = zeros(3), count } = tracker.snapshot();
  v.iadd(RunningStats.EPS);
  const std = array((v.tolist() as number[]).map(Math.sqrt));
  console.log(name.padEnd(6), `n=${count}`, "mean:", mean.tolist(), "std:", std.tolist());
}

const inertial = RunningStats.merge(...["accel", "gyro"].flatMap((k) => trackers.get(k) ?? []));
const inertialMean = inertial.mean;
inertialMean.imul(2);
console.log("doubled inertial mean:", inertialMean.tolist(), "live trackers:", RunningStats.live);

const norms = [...trackers.entries()].map(([name, t]) => {
  const m = t.mean;
  return [name, Math.sqrt(m.mul(m).sum())] as const;
});
console.log(Object.fromEntries(norms));

trackers.get("gyro")?.reset();
console.log("gyro after reset:", trackers.get("gyro")?.snapshot().count);
