// Pilot-study reaction times: clip the slow outliers, bootstrap a 95% interval for the median and report the replicates.
// runnable
import { array, zeros, NDArray } from "ndalias";

const REACTION_MS = array([312, 298, 401, 287, 355, 1290, 305, 322, 276, 340, 318, 299]);
const N_BOOT = 200;
const medians = zeros(N_BOOT);

let seed = 12345;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

function resampleIndices(n: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < n; i++) idx.push(Math.floor(rand() * n));
  return idx;
}

export function medianOf(x: NDArray): number {
  const s = x.flatten();
  s.sort();
  const m = Math.floor(s.size / 2);
  if (s.size % 2 === 1) return s.get(m);
  return (s.get(m - 1) + s.get(m)) / 2;
}

export function percentile(sortedValues: NDArray, q: number): number {
  const pos = Math.min(sortedValues.size - 1, Math.max(0, Math.floor(q * sortedValues.size)));
  return sortedValues.get(pos);
}

// step 1: clip anything slower than 2.5x the median (keyboard lag, participant distracted)
const upper = medianOf(REACTION_MS) * 2.5;
const clipped = REACTION_MS.copy();
let nClipped = 0;
for (let i = 0; i < REACTION_MS.size; i++) {
  if (REACTION_MS.get(i) <= upper) continue;
  clipped.set(i, upper); // expect: no-lost-write
  nClipped++;
}
console.log(`clipped ${nClipped} trial(s) above ${upper.toFixed(1)} ms`);

// step 2: bootstrap the median
for (let b = 0; b < N_BOOT; b++) {
  const boot = REACTION_MS.take(resampleIndices(REACTION_MS.size));
  medians.set(b, medianOf(boot));
}

// step 3: interval from the ordered replicates
const ordered = medians.ravel();
ordered.sort(); // expect: no-view-mutation
const lo = percentile(ordered, 0.025);
const hi = percentile(ordered, 0.975);
console.log(`median ${medianOf(REACTION_MS)} ms, 95% CI [${lo}, ${hi}]`);

// step 4: a look at the replicate sequence, to eyeball autocorrelation of the generator
console.log("first replicates:", (medians.tolist() as number[]).slice(0, 8));
const spread = medians.sub(medians.mean());
console.log("bootstrap SE:", Math.sqrt(spread.mul(spread).mean()).toFixed(2));
