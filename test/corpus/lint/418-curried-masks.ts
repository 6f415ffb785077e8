// Curried masking helpers for a sales dashboard: blank a window, halve the tail, and keep untouched copies for the "before" chart.
import { arange, NDArray } from "ndalias";

const zeroWindow =
  (from: number) =>
  (to: number) =>
  (series: NDArray): void => {
    series.slice(`${from}:${to}`).fill(0);
  };

const masked =
  (from: number, to: number) =>
  (series: NDArray): NDArray => {
    const out = series.copy();
    out.slice(`${from}:${to}`).fill(0);
    return out;
  };

const damped =
  (factor: number) =>
  (series: NDArray): NDArray => {
    const out = series.mul(1);
    out.slice("-3:").imul(factor);
    return out;
  };

function* chunks(series: NDArray, size: number): Generator<NDArray> {
  for (let start = 0; start < series.size; start += size) {
    yield series.slice(`${start}:${Math.min(series.size, start + size)}`);
  }
}

const chunkTotals = (series: NDArray, size: number): number[] => [...chunks(series, size)].map((c) => c.sum());

const sales = arange(10, 22);
const before = sales.copy();
const tailBefore = sales.slice("-3:").copy();
const previewMasked = masked(0, 2)(sales);
const previewDamped = damped(0.5)(sales);

zeroWindow(2)(5)(sales);
sales.slice("-3:").imul(0.5);
sales.slice("::4").iadd(1);

const quarters = chunkTotals(sales, 3);
const tail = sales.slice("-3:");

console.log("before:", before.tolist(), "tail before:", tailBefore.tolist());
console.log("previews:", previewMasked.tolist(), previewDamped.tolist());
console.log("after:", sales.tolist());
console.log("quarter totals:", quarters, "tail now:", tail.tolist());
