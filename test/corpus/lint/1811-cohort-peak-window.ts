// Simulates two-compartment concentrations for a small cohort, corrects assay carry-over, and reports Cmax, AUC and pooled percentiles.
import { array, zeros, NDArray } from "ndalias";

const SAMPLE_TIMES_H = [0.5, 1, 2, 4, 6, 8, 12, 24];
const ALPHA_PER_H = 1.2;
const BETA_PER_H = 0.15;

interface CohortSummary {
  cmax: number[];
  auc: number[];
  median: number;
  p90: number;
}

function biexponential(doseMg: number, v1L: number, t: number): number {
  const fast = (0.7 * doseMg) / v1L;
  const slow = (0.3 * doseMg) / v1L;
  return fast * Math.exp(-ALPHA_PER_H * t) + slow * Math.exp(-BETA_PER_H * t);
}

function simulateCohort(dosesMg: number[], v1L: number[]): NDArray {
  const conc = zeros([dosesMg.length, SAMPLE_TIMES_H.length]);
  for (let p = 0; p < dosesMg.length; p++) {
    for (let j = 0; j < SAMPLE_TIMES_H.length; j++) {
      conc.set([p, j], biexponential(dosesMg[p], v1L[p], SAMPLE_TIMES_H[j]));
    }
  }
  return conc;
}

function trapezoidAuc(row: NDArray): number {
  let auc = 0;
  for (let j = 1; j < row.size; j++) {
    const dt = SAMPLE_TIMES_H[j] - SAMPLE_TIMES_H[j - 1];
    auc += 0.5 * (row.get(j) + row.get(j - 1)) * dt;
  }
  return auc;
}

function percentileOfSorted(sorted: NDArray, q: number): number {
  return sorted.get(Math.floor(q * (sorted.size - 1)));
}

function printSummary(summary: CohortSummary): void {
  summary.cmax.forEach((c, p) => {
    console.log(`patient ${p}: Cmax ${c.toFixed(2)} mg/L, AUC ${summary.auc[p].toFixed(1)} mg*h/L`);
  });
  console.log(`pooled median ${summary.median.toFixed(3)}, p90 ${summary.p90.toFixed(3)}`);
}

const dosesMg = [500, 750, 1000];
const conc = simulateCohort(dosesMg, [30, 42, 55]);
const assayCarryOver = array([[0.2], [0.1], [0.3]]);

// Peak window: the first three samples (up to 2 h) of every patient.
const peakWindow = conc.slice(":", ":3");
const rawCmax: number[] = [];
for (let p = 0; p < peakWindow.shape[0]; p++) {
  rawCmax.push(peakWindow.slice(p).max());
}
console.log("uncorrected Cmax:", rawCmax);

// Subtract each patient's assay carry-over from every sample.
conc.isub(assayCarryOver); // expect: no-view-mutation

const cmax: number[] = [];
const auc: number[] = [];
for (let p = 0; p < conc.shape[0]; p++) {
  cmax.push(peakWindow.slice(p).max());
  auc.push(trapezoidAuc(conc.slice(p)));
}

// Median from a private sorted copy.
const sortedCopy = conc.flatten();
sortedCopy.sort();
const median = percentileOfSorted(sortedCopy, 0.5);

// 90th percentile of all samples.
const pooled = conc.ravel();
pooled.sort(); // expect: no-view-mutation
const p90 = percentileOfSorted(pooled, 0.9);

printSummary({ cmax, auc, median, p90 });

const doseNormalisedAuc = auc.map((a, p) => a / dosesMg[p]);
console.log("dose-normalised AUC:", doseNormalisedAuc.map((a) => a.toFixed(4)));
console.log("corrected concentrations:", conc.tolist());
