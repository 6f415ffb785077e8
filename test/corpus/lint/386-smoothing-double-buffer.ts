// Smooths a noisy growth curve by repeated three-point averaging with two swapped buffers, then bootstraps the plateau level.
// runnable
import { array, zeros, NDArray } from "ndalias";

const OD600 = array([0.05, 0.07, 0.06, 0.11, 0.18, 0.31, 0.52, 0.71, 0.94, 1.02, 1.11, 1.08, 1.13, 1.09, 1.12]);
const PASSES = 4;

let rng = 7;
function nextIndex(n: number): number {
  rng = (rng * 48271) % 2147483647;
  return rng % n;
}

export function smooth(signal: NDArray, passes: number): NDArray {
  let cur = signal.copy();
  let next = zeros(cur.size);
  for (let p = 0; p < passes; p++) {
    next.assign("1:-1", cur.slice(":-2").add(cur.slice("1:-1")).add(cur.slice("2:")).div(3));
    next.set(0, cur.get(0));
    next.set(-1, cur.get(-1));
    [cur, next] = [next, cur];
  }
  return cur;
}

export function bootstrapMean(x: NDArray, reps: number): { mean: number; se: number } {
  const means = zeros(reps);
  for (let r = 0; r < reps; r++) {
    const idx = Array.from({ length: x.size }, () => nextIndex(x.size));
    const sample = x.take(idx);
    means.set(r, sample.mean());
  }
  const centred = means.sub(means.mean());
  centred.imul(centred);
  return { mean: means.mean(), se: Math.sqrt(centred.mean()) };
}

const smoothed = smooth(OD600, PASSES);
console.log("raw:     ", (OD600.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
console.log("smoothed:", (smoothed.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

// plateau = last third of the curve, taken from the smoothed copy
let plateau = smoothed.slice(`${Math.floor((2 * smoothed.size) / 3)}:`);
const rawPlateauLevel = plateau.mean();
plateau = plateau.copy();
plateau.isub(0.02); // blank correction, for the plateau estimate only
const { mean, se } = bootstrapMean(plateau, 300);
console.log(`plateau OD600 ${mean.toFixed(3)} +/- ${se.toFixed(3)} (uncorrected ${rawPlateauLevel.toFixed(3)})`);

// growth phase flagged by the first crossing of half the plateau
let onset = -1;
for (let i = 0; i < smoothed.size; i++) {
  if (smoothed.get(i) >= mean / 2) {
    onset = i;
    break;
  }
}
console.log("half-plateau reached at sample", onset, "smoothed peak", smoothed.max().toFixed(3));
