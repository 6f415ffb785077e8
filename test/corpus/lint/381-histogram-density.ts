// Histograms particle energies from two detector runs, reports peak bins and a normalised density with the pedestal bin removed.
import { array, zeros, NDArray } from "ndalias";

const N_BINS = 12;
const E_MAX = 6.0;
const counts = zeros(N_BINS);

const runA = array([0.4, 1.1, 1.3, 2.2, 2.4, 2.5, 2.6, 3.1, 3.3, 4.8, 5.9, 0.1, 0.05]);
const runB = array([0.2, 1.9, 2.3, 2.45, 2.7, 3.0, 3.05, 3.9, 4.1, 5.2, 0.02]);

function binOf(e: number): number {
  const b = Math.floor((e / E_MAX) * N_BINS);
  return Math.min(N_BINS - 1, Math.max(0, b));
}

export function accumulate(values: NDArray): void {
  for (let i = 0; i < values.size; i++) {
    const b = binOf(values.get(i));
    counts.set(b, counts.get(b) + 1);
  }
}

export function peakBin(h: NDArray): number {
  let best = 0;
  for (let i = 1; i < h.size; i++) {
    if (h.get(i) > h.get(best)) best = i;
  }
  return best;
}

// run A on its own
accumulate(runA);
const interior = counts.slice("1:-1");
console.log("run A interior counts:", interior.tolist(), "peak bin:", peakBin(counts));
const runAHist = counts.copy();

// reset and histogram run B; the snapshot of run A was taken before the reset
counts.fill(0);
accumulate(runB);
console.log("run B peak bin:", peakBin(counts), "run A peak bin:", peakBin(runAHist));

// combined histogram as a density, pedestal bin (near-zero energies) removed
counts.iadd(runAHist);
counts.slice("0:1").fill(0);
const total = counts.sum();
const density = counts.astype("float64");
density.idiv(total * (E_MAX / N_BINS));
const upperHalf = counts.slice(`${N_BINS / 2}:`);
console.log("events above 3 GeV:", upperHalf.sum(), "of", total);

// integral check on a 6x2 layout of the density (the slide shows paired bins)
const paired = density.reshape(N_BINS / 2, 2);
console.log("density integral check:", (paired.sum() * (E_MAX / N_BINS)).toFixed(3));
console.log("density:", (density.tolist() as number[]).map((d) => d.toFixed(3)).join(" "));
