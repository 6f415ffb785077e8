// Loads per-channel calibration offsets asynchronously and applies them to reading batches, in place and for a summary.
import { setTimeout as sleep } from "node:timers/promises";
import { array, NDArray } from "ndalias";

async function fetchOffsets(n: number): Promise<NDArray> {
  await sleep(1);
  return array(Array.from({ length: n }, (_, i) => 0.1 * i));
}

async function calibrate(batch: NDArray): Promise<void> {
  const offsets = await fetchOffsets(batch.size);
  batch.isub(offsets);
}

async function calibratedMean(batch: NDArray): Promise<number> {
  const offsets = await fetchOffsets(batch.size);
  batch.isub(offsets); // expect: no-alias-mutation
  return batch.mean();
}

async function main(): Promise<void> {
  const readings = array([1.0, 1.3, 1.1, 1.6]);
  await calibrate(readings);
  console.log("calibrated:", readings.tolist());
  const second = array([2.0, 2.2, 2.1, 2.4]);
  console.log("calibrated mean:", await calibratedMean(second), "raw:", second.tolist());
}

void main();
