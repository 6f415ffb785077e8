// Preprocesses audio chunks through an EventEmitter pipeline: clips and tapers each chunk, accumulates band power, and reports it.
// runnable
import { array, zeros, NDArray } from "ndalias";
import { EventEmitter } from "node:events";

const BANDS = 4;
const pipeline = new EventEmitter();
const power = zeros(BANDS);
const peaks: number[] = [];
let chunks = 0;

function clipInPlace(x: NDArray, limit: number): void {
  for (let i = 0; i < x.size; i++) {
    const v = x.get(i);
    if (v > limit) x.set(i, limit);
    else if (v < -limit) x.set(i, -limit);
  }
}

pipeline.on("chunk", (chunk: NDArray) => {
  peaks.push(Math.max(chunk.max(), -chunk.min()));
  clipInPlace(chunk, 1);
  chunk.slice(":1").imul(0.5);
  chunk.slice("-1:").imul(0.5);
});

pipeline.on("chunk", (chunk: NDArray) => {
  power.iadd(chunk.mul(chunk));
  chunks++;
});

pipeline.on("reset", () => {
  const low = power.slice(":2");
  console.log("low-band power before reset:", low.sum().toFixed(4));
  power.fill(0);
  chunks = 0;
});

pipeline.on("end", (done: () => void) => {
  power.idiv(Math.max(chunks, 1));
  const normalized = power.slice(":");
  console.log("mean band power:", normalized.tolist());
  done();
});

function emitLater(samples: NDArray, ms: number): Promise<NDArray> {
  return new Promise<NDArray>((resolve) => {
    setTimeout(() => {
      pipeline.emit("chunk", samples);
      resolve(samples);
    }, ms);
  });
}

async function processAll(raw: number[][]): Promise<number> {
  const pending: Promise<NDArray>[] = [];
  raw.forEach((values, i) => {
    pending.push(emitLater(array(values), i + 1));
  });
  const processed = await Promise.all(pending);
  let energy = 0;
  for (const chunk of processed) {
    energy += chunk.mul(chunk).sum();
  }
  return energy;
}

const first = array([0.5, 1.7, -0.3, -2.2]);
pipeline.emit("chunk", first);
console.log("first chunk after preprocessing:", first.tolist());

const energy = await processAll([
  [0.2, -0.4, 0.9, 1.4],
  [-1.1, 0.3, 0.3, 0.6],
  [0.0, 0.8, -0.8, 0.1],
]);
console.log("energy of processed chunks:", energy.toFixed(4));

pipeline.emit("reset");

const second = array([0.3, 0.3, -0.6, 2.5]);
await new Promise<void>((resolve) => setTimeout(resolve, 2));
pipeline.emit("chunk", second);
console.log("second chunk after preprocessing:", second.tolist());

await new Promise<void>((resolve) => pipeline.emit("end", resolve));
console.log("chunks seen since reset:", chunks, "largest raw peak:", Math.max(...peaks));
console.log("band power total:", power.sum().toFixed(4));
