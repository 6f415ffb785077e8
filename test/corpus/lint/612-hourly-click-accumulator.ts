// Streams fixed-size chunks of a click log into per-hour accumulators with a reused scratch buffer, then publishes and flushes the totals.
import { array, zeros, NDArray } from "ndalias";

const HOURS = 6;
const CHUNK = 4;

const totals = zeros(HOURS);
const scratch = zeros(HOURS);

const hourColumn = array([0, 1, 1, 2, 3, 3, 3, 4, 5, 5, 2, 0], "int32");
const clickColumn = array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]);

function ingestChunk(hours: NDArray, clicks: NDArray): void {
  scratch.fill(0);
  for (let i = 0; i < hours.size; i++) {
    const h: number = hours.get(i);
    scratch.set(h, scratch.get(h) + clicks.get(i));
  }
  totals.iadd(scratch);
}

function flushTotals(): number[] {
  const published = totals.tolist() as number[];
  totals.fill(0);
  return published;
}

function peakHours(counts: NDArray, k: number): number[] {
  const order = counts.tolist() as number[];
  return order
    .map((value, hour) => ({ value, hour }))
    .sort((a, b) => b.value - a.value)
    .slice(0, k)
    .map((entry) => entry.hour);
}

for (let start = 0; start < hourColumn.size; start += CHUNK) {
  const spec = `${start}:${start + CHUNK}`;
  ingestChunk(hourColumn.slice(spec), clickColumn.slice(spec));
}

let share: NDArray = totals;
console.log("clicks ingested:", share.sum());
share = share.div(share.sum());

const busiest = peakHours(totals, 2);
const boosted = totals.take(busiest);
boosted.imul(1.5);
console.log("busiest hours:", busiest, "boosted forecast:", boosted.tolist());

const published = flushTotals();
console.log("published totals:", published);
console.log("share per hour:", share.tolist());
console.log("accumulator after flush:", totals.tolist(), "scratch sum:", scratch.sum());
