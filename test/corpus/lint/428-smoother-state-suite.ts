// Tests for an exponential smoother that keeps its state in a field: updates, snapshots, scaled peeks and clamped readouts.
import { array, zeros, NDArray } from "ndalias";

class Smoother {
  private state: NDArray;
  readonly levels: number[] = [];
  constructor(size: number, private readonly alpha: number) {
    this.state = zeros(size);
  }
  update(sample: NDArray): number {
    this.state.imul(1 - this.alpha);
    this.state.iadd(sample.mul(this.alpha));
    const level = this.state.mean();
    this.levels.push(level);
    return level;
  }
  snapshot(): NDArray {
    return this.state.copy();
  }
  scaledPeek(k: number): NDArray {
    const out = this.state;
    out.imul(k); // expect: no-alias-mutation
    return out;
  }
  scaledCopy(k: number): NDArray {
    const out = this.state.copy();
    out.imul(k);
    return out;
  }
  clamped(limit: number): NDArray {
    const flat = this.state.ravel();
    for (let i = 0; i < flat.size; i++) {
      if (flat.get(i) > limit) {
        flat.set(i, limit); // expect: no-view-mutation
      }
    }
    return flat;
  }
}

let smoother: Smoother;
let setup: () => void = () => {};
const beforeEach = (fn: () => void): void => {
  setup = fn;
};
function it(name: string, body: () => void): void {
  setup();
  try {
    body();
    console.log(`  \u2713 ${name}`);
  } catch (err) {
    console.log(`  \u2717 ${name}: ${(err as Error).message}`);
  }
}
function expectArray(actual: NDArray, expected: number[]): void {
  const got = actual.tolist() as number[];
  if (got.some((v, i) => Math.abs(v - expected[i]) > 1e-12) || got.length !== expected.length) {
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  }
}

beforeEach(() => {
  smoother = new Smoother(3, 0.5);
  smoother.update(array([2, 4, 6]));
});

it("moves halfway towards each sample", () => {
  expectArray(smoother.snapshot(), [1, 2, 3]);
  const level = smoother.update(array([1, 2, 3]));
  expectArray(smoother.snapshot(), [1, 2, 3]);
  if (level !== 2) throw new Error(`level ${level}`);
});

it("snapshots are independent of later updates", () => {
  const snap = smoother.snapshot();
  smoother.update(array([0, 0, 0]));
  expectArray(snap, [1, 2, 3]);
  snap.fill(9);
  expectArray(snap, [9, 9, 9]);
  expectArray(smoother.snapshot(), [0.5, 1, 1.5]);
});

it("peeks at a scaled state", () => {
  expectArray(smoother.scaledPeek(2), [2, 4, 6]);
  expectArray(smoother.snapshot(), [1, 2, 3]);
});

it("returns a scaled copy", () => {
  expectArray(smoother.scaledCopy(10), [10, 20, 30]);
  expectArray(smoother.snapshot(), [1, 2, 3]);
});

it("clamps the readout without losing the state", () => {
  expectArray(smoother.clamped(2), [1, 2, 2]);
  expectArray(smoother.snapshot(), [1, 2, 3]);
});
