// Tests for a rolling signal history kept at module level, plus windowed energy, padding and in-place gain helpers.
import { array, zeros, NDArray } from "ndalias";

const HISTORY = zeros(4);

export function record(sample: number): number {
  HISTORY.assign(":-1", HISTORY.slice("1:").copy());
  HISTORY.set(HISTORY.size - 1, sample);
  return HISTORY.mean();
}

export function resetHistory(): void {
  HISTORY.fill(0);
}

export function padded(signal: NDArray, width: number): NDArray {
  const out = zeros(signal.size + 2 * width);
  out.slice(`${width}:${width + signal.size}`).assign(":", signal);
  return out;
}

export function windowEnergy(signal: NDArray, start: number, stop: number): number {
  const w = signal.slice(`${start}:${stop}`);
  return w.mul(w).sum();
}

const specs = new Map<string, () => void>();
function assertNear(actual: number, expected: number, msg: string): void {
  if (Math.abs(actual - expected) > 1e-9) throw new Error(`${msg}: ${actual} != ${expected}`);
}
function assertList(actual: NDArray, expected: number[]): void {
  const got = JSON.stringify(actual.tolist());
  if (got !== JSON.stringify(expected)) throw new Error(`${got} != ${JSON.stringify(expected)}`);
}

specs.set("record keeps the last four samples", () => {
  resetHistory();
  [1, 2, 3, 4, 5].forEach((s) => record(s));
  assertList(HISTORY, [2, 3, 4, 5]);
  assertNear(record(6), 4.5, "mean after sixth sample");
});

specs.set("padding surrounds the signal with zeros", () => {
  const sig = array([7, 8]);
  assertList(padded(sig, 2), [0, 0, 7, 8, 0, 0]);
  assertList(sig, [7, 8]);
});

specs.set("energy is measured before attenuation", () => {
  const signal = array([1, 2, 3, 4, 5, 6]);
  const window = signal.slice("2:5");
  const energy = window.mul(window).sum();
  signal.imul(0.5);
  assertNear(energy, 9 + 16 + 25, "window energy");
  assertNear(windowEnergy(signal, 2, 5), energy / 4, "attenuated energy");
});

specs.set("a copied baseline survives in-place gain", () => {
  const signal = array([0.5, -0.5, 1]);
  const baseline = signal.copy();
  signal.imul(4);
  assertList(signal.sub(baseline), [1.5, -1.5, 3]);
});

specs.set("edge samples are muted through chained views", () => {
  const signal = array([9, 1, 2, 3, 9]);
  signal.slice(":1").fill(0);
  signal.slice("-1:").fill(0);
  assertNear(signal.sum(), 6, "muted total");
});

let failed = 0;
for (const [name, spec] of specs) {
  try {
    spec();
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${(e as Error).message}`);
  }
}
console.log(`${specs.size - failed}/${specs.size} specs passed`);
