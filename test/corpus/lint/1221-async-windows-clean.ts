// Replays a sensor log through async generators of sliding windows and phases, flags spikes, and rescales the log for export.
import { array, NDArray } from "ndalias";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function* windows(log: NDArray, width: number): AsyncGenerator<NDArray> {
  for (let start = 0; start + width <= log.size; start++) {
    await tick();
    yield log.slice(`${start}:${start + width}`);
  }
}

async function* phases(log: NDArray, stride: number): AsyncGenerator<NDArray> {
  for (let offset = 0; offset < stride; offset++) {
    const idx: number[] = [];
    for (let i = offset; i < log.size; i += stride) idx.push(i);
    await tick();
    yield log.take(idx);
  }
}

async function* detrendedChunks(log: NDArray, size: number): AsyncGenerator<NDArray> {
  for (let start = 0; start < log.size; start += size) {
    const chunk = log.slice(`${start}:${start + size}`).copy();
    chunk.isub(chunk.mean());
    await tick();
    yield chunk;
  }
}

async function findSpikes(log: NDArray, width: number, threshold: number): Promise<number[]> {
  const spikes: number[] = [];
  let index = 0;
  for await (const w of windows(log, width)) {
    if (w.max() - w.min() > threshold) spikes.push(index);
    index++;
  }
  return spikes;
}

async function phaseRanges(log: NDArray, stride: number): Promise<number[]> {
  const ranges: number[] = [];
  for await (const phase of phases(log, stride)) {
    phase.isub(phase.min());
    ranges.push(phase.max());
  }
  return ranges;
}

async function chunkEnergy(log: NDArray, size: number): Promise<number[]> {
  const energies: number[] = [];
  for await (const chunk of detrendedChunks(log, size)) {
    chunk.imul(chunk);
    energies.push(chunk.sum());
  }
  return energies;
}

async function movingAverage(log: NDArray, width: number): Promise<NDArray> {
  const values: number[] = [];
  for await (const w of windows(log, width)) {
    values.push(w.mean());
  }
  return array(values);
}

const log = array([0.1, 0.2, 0.15, 2.4, 0.2, 0.25, 0.1, 3.1, 0.3, 0.2]);

const spikes = await findSpikes(log, 3, 1.5);
console.log("windows containing a spike:", spikes.join(", "));

const ranges = await phaseRanges(log, 2);
console.log("phase ranges:", ranges.map((r) => r.toFixed(2)).join(", "));

const energies = await chunkEnergy(log, 5);
console.log("chunk energies:", energies.map((e) => e.toFixed(4)).join(", "));

const smooth = await movingAverage(log, 3);
smooth.imul(100);
console.log("moving average (%):", smooth.tolist());

const detrended = log.sub(log.mean());
detrended.idiv(Math.max(detrended.max(), -detrended.min()));
console.log("detrended, unit peak:", detrended.tolist());

log.imul(10);
const exportedTail = log.slice("-3:");
console.log("exported tail (x10):", exportedTail.tolist());
console.log("exported total:", log.sum().toFixed(3));
