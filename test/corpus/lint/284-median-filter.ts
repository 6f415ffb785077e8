// Removes impulse noise from a sensor trace with a sliding median, comparing the reference filter with a faster variant.
// runnable
import { array, zeros, NDArray } from "ndalias";

type Filter = (signal: NDArray, k?: number) => NDArray;

const median = (win: NDArray): number => {
  const sorted = win.copy();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
};

const windowAt = (signal: NDArray, i: number, half: number): NDArray =>
  signal.slice(`${i - half}:${i + half + 1}`);

export const medianFilter: Filter = (signal, k = 3) => {
  const half = Math.floor(k / 2);
  const out = signal.copy();
  for (let i = half; i < signal.size - half; i++) {
    out.set(i, median(windowAt(signal, i, half)));
  }
  return out;
};

export function medianFilterFast(signal: NDArray, k = 3): NDArray {
  const half = Math.floor(k / 2);
  const out = zeros(signal.size);
  for (let i = 0; i < half; i++) {
    out.set(i, signal.get(i));
    out.set(signal.size - 1 - i, signal.get(signal.size - 1 - i));
  }
  for (let i = half; i < signal.size - half; i++) {
    const win = signal.slice(`${i - half}:${i + half + 1}`);
    win.sort(); // expect: no-view-mutation
    out.set(i, win.get(half));
  }
  return out;
}

const filters = new Map<string, Filter>([
  ["reference", medianFilter],
  ["fast", medianFilterFast],
]);

const maxAbsDiff = (a: NDArray, b: NDArray): number => {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
};

const trace = array([1.0, 1.1, 9.0, 1.2, 1.0, 0.9, -7.0, 1.1, 1.0]);
const pristine = trace.copy();

const results = [...filters].map(([name, filter]) => ({ name, out: filter(trace) }));
for (const { name, out } of results) {
  console.log(`${name}:`, out.tolist());
}

console.log("trace after filtering:", trace.tolist());
console.log("max deviation from the recorded trace:", maxAbsDiff(trace, pristine));
