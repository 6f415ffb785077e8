// Ultrasonic range ring buffer on a mobile base: stores recent readings, computes a median for the obstacle stop and prints the raw history.
// runnable
import { array, zeros, NDArray } from "ndalias";

const CAPACITY = 8;
const STOP_DISTANCE = 0.5;

const ranges = zeros(CAPACITY);
const stamps = zeros(CAPACITY);
let head = 0;
let filled = 0;

function pushReading(value: number, stamp: number): void {
  ranges.set(head, value);
  stamps.set(head, stamp);
  head = (head + 1) % CAPACITY;
  filled = Math.min(filled + 1, CAPACITY);
}

function chronologicalOrder(): number[] {
  const order: number[] = [];
  const start = filled < CAPACITY ? 0 : head;
  for (let i = 0; i < filled; i++) order.push((start + i) % CAPACITY);
  return order;
}

function medianOf(buffer: NDArray): number {
  const sorted = buffer.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function rejectSpikes(history: NDArray, threshold: number): NDArray {
  const cleaned = history.copy();
  const mid = medianOf(history);
  for (let i = 0; i < cleaned.size; i++) {
    if (Math.abs(cleaned.get(i) - mid) > threshold) cleaned.set(i, mid);
  }
  return cleaned;
}

function shouldStop(distance: number): boolean {
  return distance < STOP_DISTANCE;
}

const readings = [1.21, 1.18, 0.31, 1.15, 1.1, 1.06, 3.9, 1.02, 0.99, 0.95, 0.93];
readings.forEach((r, i) => pushReading(r, i * 0.05));

const history = ranges.take(chronologicalOrder());
const robustMedian = medianOf(ranges);
console.log("history (oldest first):", history.tolist());
console.log("robust median:", robustMedian.toFixed(3), "stop:", shouldStop(robustMedian));

const cleaned = rejectSpikes(history, 0.4);
console.log("spike-free history:", cleaned.tolist());

const newest = ranges.slice(`${(head + CAPACITY - 1) % CAPACITY}:${((head + CAPACITY - 1) % CAPACITY) + 1}`);
console.log("newest reading:", newest.tolist());

// Fast path for the 50 Hz stop check: avoid allocating a sorted copy.
const scratch = ranges.ravel();
scratch.sort(); // expect: no-view-mutation
const fastMedian = scratch.get(CAPACITY / 2);
console.log("fast median:", fastMedian.toFixed(3), "stop:", shouldStop(fastMedian));

const latestStamp = stamps.max();
const meanRange = ranges.mean();
console.log("ring contents:", ranges.tolist());
console.log("mean range:", meanRange.toFixed(3), "at t =", latestStamp.toFixed(2));
console.log("samples buffered:", filled, "next slot:", head);

const variance = ranges.sub(meanRange);
variance.imul(variance);
console.log("range variance:", (variance.sum() / CAPACITY).toFixed(4));

const stampsSorted = stamps.copy();
stampsSorted.sort();
const gaps = stampsSorted.slice("1:").sub(stampsSorted.slice(":-1"));
console.log("largest sample gap:", gaps.max().toFixed(3));

if (gaps.max() > 0.2) {
  console.warn("sensor dropout detected");
}

const summary = {
  median: robustMedian,
  fast: fastMedian,
  spread: ranges.max() - ranges.min(),
};
console.log("summary:", JSON.stringify(summary));
