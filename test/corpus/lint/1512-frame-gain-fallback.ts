// Applies exposure gain to camera frames, validates the result and falls back to publishing the raw frame when the boosted one saturates.
// runnable
import { array, NDArray } from "ndalias";

const CEILING = 255;

class SaturationError extends Error {
  constructor(readonly peak: number) {
    super(`frame saturated at ${peak} (ceiling ${CEILING})`);
    this.name = "SaturationError";
  }
}

function assertUnsaturated(frame: NDArray): void {
  const peak = frame.max();
  if (peak > CEILING) throw new SaturationError(peak);
}

function publish(label: string, frame: NDArray): void {
  console.log(`${label}: mean ${frame.mean().toFixed(1)}, peak ${frame.max()}`);
  console.log("  rows:", JSON.stringify(frame.tolist()));
}

// Tries each gain on a scratch copy and returns the largest one that stays under the ceiling.
function bestGain(frame: NDArray, gains: number[]): number {
  let best = 1;
  for (const g of gains) {
    const trial = frame.copy();
    trial.imul(g);
    try {
      assertUnsaturated(trial);
      best = Math.max(best, g);
    } catch (err) {
      if (!(err instanceof SaturationError)) throw err;
    }
  }
  return best;
}

// --- frame 1: a dim frame, gain chosen on copies before touching anything -------------
const dim = array([
  [12, 20, 31],
  [18, 27, 40],
  [9, 14, 22],
]);
const gain = bestGain(dim, [2, 4, 6, 8]);
let boosted: NDArray = dim;
try {
  assertUnsaturated(dim.mul(gain));
  boosted = dim.mul(gain);
  boosted.iadd(1);
  publish(`dim frame x${gain}`, boosted);
} catch (err) {
  if (!(err instanceof SaturationError)) throw err;
  publish("dim frame (raw)", dim);
}

// --- frame 2: a bright frame, boosted in place to avoid an extra buffer -----------------
const raw = array([
  [40, 52, 61],
  [70, 88, 97],
  [120, 133, 141],
]);
const rawMean = raw.mean();
const outgoing = raw;
try {
  outgoing.imul(2); // expect: no-alias-mutation
  assertUnsaturated(outgoing);
  publish("bright frame x2", outgoing);
} catch (err) {
  if (!(err instanceof SaturationError)) throw err;
  console.log(`gain rejected: ${err.message}`);
  publish("bright frame (raw fallback)", raw);
}
console.log(`bright frame mean before processing: ${rawMean.toFixed(1)}`);

// --- frame 3: the check runs before the in-place write, so the fallback sees raw data ---
const night = array([
  [3, 5, 4],
  [6, 250, 7],
  [4, 5, 3],
]);
const shown = night;
let accepted = false;
try {
  assertUnsaturated(night.mul(3));
  shown.imul(3);
  accepted = true;
} catch (err) {
  if (!(err instanceof SaturationError)) throw err;
  console.log(`gain rejected: ${err.message}`);
  publish("night frame (raw fallback)", night);
}
if (accepted) {
  publish("night frame x3", shown);
}
