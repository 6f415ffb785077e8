// Training monitor keeping the last N gradient-norm vectors in a module-level ring table, with a captured per-layer counter and a smoothing pass.
import { array, zeros, NDArray } from "ndalias";

const N = 5;
const LAYERS = 3;
const HISTORY = zeros([N, LAYERS]);
let cursor = 0;
let recorded = 0;

function record(norms: NDArray): void {
  HISTORY.slice(cursor).assign(":", norms);
  cursor = (cursor + 1) % N;
  recorded = Math.min(recorded + 1, N);
}

function windowMean(): NDArray {
  if (recorded === 0) return zeros(LAYERS);
  const filled = HISTORY.slice(`0:${recorded}`);
  return filled.sum() === 0 ? zeros(LAYERS) : columnMeans(filled);
}

function columnMeans(rows: NDArray): NDArray {
  const out = zeros(rows.shape[1]);
  for (let j = 0; j < rows.shape[1]; j++) {
    out.set(j, rows.slice(":", j).mean());
  }
  return out;
}

/** Clears the ring and returns how many rows it held. */
function reset(): number {
  HISTORY.fill(0);
  const held = recorded;
  cursor = 0;
  recorded = 0;
  return held;
}

/** Exponential smoothing along the time axis, written into the table it is given. */
function smoothInPlace(table: NDArray, alpha: number): void {
  for (let t = 1; t < table.shape[0]; t++) {
    for (let j = 0; j < table.shape[1]; j++) {
      const prev = table.get(t - 1, j);
      table.set([t, j], alpha * table.get(t, j) + (1 - alpha) * prev);
    }
  }
}

function makeSpikeCounter(threshold: number): (norms: NDArray) => number {
  const spikes = zeros(LAYERS, "int32");
  return (norms: NDArray): number => {
    for (let j = 0; j < LAYERS; j++) {
      if (norms.get(j) > threshold) spikes.set(j, spikes.get(j) + 1);
    }
    return spikes.sum();
  };
}

function clipSpikes(threshold: number): number {
  let clipped = 0;
  for (let t = 0; t < recorded; t++) {
    for (let j = 0; j < LAYERS; j++) {
      if (HISTORY.get(t, j) > threshold) {
        HISTORY.set([t, j], threshold);
        clipped++;
      }
    }
  }
  return clipped;
}

const countSpikes = makeSpikeCounter(2.0);
const steps: number[][] = [
  [0.8, 1.2, 0.4],
  [0.9, 2.6, 0.5],
  [1.1, 1.4, 0.6],
  [3.2, 1.3, 0.5],
  [1.0, 1.1, 0.7],
  [0.9, 1.0, 2.4],
  [0.8, 0.9, 0.6],
];

for (const [step, row] of steps.entries()) {
  const norms = array(row);
  record(norms);
  const total = countSpikes(norms);
  if (step % 3 === 2) {
    console.log(`step ${step}: window mean`, windowMean().tolist(), "spikes so far", total);
  }
}

console.log("clipped entries:", clipSpikes(2.0));
smoothInPlace(HISTORY, 0.5);
console.log("smoothed history:", HISTORY.tolist());
console.log("smoothed window mean:", windowMean().tolist());
console.log("rows cleared:", reset(), "history total now:", HISTORY.sum());
