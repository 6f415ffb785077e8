// Monitors a pump's vibration sensor: compares each new block of readings with the previous block and clamps spikes before logging.
// runnable
import { array, NDArray } from "ndalias";

const SPIKE_FACTOR = 4;

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function smoothInPlace(block: NDArray): void {
  for (let i = block.size - 1; i > 0; i--) {
    block.set(i, 0.5 * (block.get(i) + block.get(i - 1)));
  }
}

function spikeIndices(block: NDArray, limit: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < block.size; i++) {
    if (block.get(i) > limit) found.push(i);
  }
  return found;
}

const ring = array([0.12, 0.15, 0.11, 0.14, 0.13, 0.16]);
const archived = ring.copy();
const previous = ring.ravel();
console.log("previous block rms:", rms(archived).toFixed(3));

const incoming = array([0.14, 0.97, 0.13, 0.12, 0.88, 0.15]);
ring.assign(":", incoming); // expect: no-view-mutation

const drift = rms(ring) - rms(previous);
console.log(`rms drift since last block: ${drift.toFixed(3)}`);
if (Math.abs(drift) > 0.1) {
  console.log("ALERT: vibration level changed");
}

const threshold = SPIKE_FACTOR * archived.mean();
const spikes = ring.take(spikeIndices(ring, threshold));
spikes.fill(threshold); // expect: no-lost-write
console.log("clamped block:", ring.tolist());

// Smoothed trace for the dashboard, computed on its own copy.
const trace = ring.copy();
smoothInPlace(trace);
console.log("dashboard trace:", trace.tolist());

// Baseline for the next block is taken from a real copy.
const nextBaseline = ring.copy();
ring.fill(0);
console.log("baseline kept:", nextBaseline.tolist(), "ring cleared:", ring.sum() === 0);
