// Shapes a sampled concentration profile and a weekly dosing grid with in-place slice edits, and prints absorption and tail summaries.
import { array, ones, zeros, NDArray } from "ndalias";

const SAMPLE_TIMES_H = [0, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 10, 12, 24];
const LAG_SAMPLES = 1;

function auc(profile: NDArray): number {
  let total = 0;
  for (let i = 1; i < profile.size; i++) {
    total += 0.5 * (profile.get(i) + profile.get(i - 1)) * (SAMPLE_TIMES_H[i] - SAMPLE_TIMES_H[i - 1]);
  }
  return total;
}

function weeklyTotals(grid: NDArray): number[] {
  const totals: number[] = [];
  for (let d = 0; d < grid.shape[0]; d++) {
    totals.push(grid.slice(d).sum());
  }
  return totals;
}

function firstQuantifiable(profile: NDArray, lloq: number): number {
  for (let i = 0; i < profile.size; i++) {
    if (profile.get(i) >= lloq) return SAMPLE_TIMES_H[i];
  }
  return Number.NaN;
}

function describeGrid(grid: NDArray): string {
  return `${grid.shape[0]} days x ${grid.shape[1]} doses, max single dose ${grid.max()} mg`;
}

const profile = array([0.1, 1.8, 3.9, 5.2, 5.6, 5.1, 4.3, 3.0, 2.1, 1.5, 1.0, 0.2]);

// The absorption phase is summarised first; the view is not used again.
const absorption = profile.slice(":5");
const absorptionPeak = absorption.max();
const absorptionShare = absorption.sum() / profile.sum();

// Lag time: the pre-absorption sample is forced to zero.
profile.slice(`:${LAG_SAMPLES}`).fill(0);
// Samples beyond 10 h are damped for the assay's drift.
profile.slice("-3:").imul(0.9);
// Dose normalisation from 500 mg to 1 mg.
profile.idiv(500);

// The tail view is taken after the edits and sees them by design.
const tail = profile.slice("-4:");
console.log("absorption peak (mg/L):", absorptionPeak, "share of samples:", absorptionShare.toFixed(2));
console.log("dose-normalised AUC:", auc(profile).toFixed(4));
console.log("terminal samples per mg:", tail.tolist());

// A week of dosing: 7 days x 3 administrations.
const grid = zeros([7, 3]);
grid.slice(":", 0).fill(400);
grid.slice(":", "1:").fill(200);
grid.slice(0).iadd(ones(3).mul(200));
grid.T.slice(2).imul(0.5);
console.log("daily totals (mg):", weeklyTotals(grid));
console.log(describeGrid(grid));

// Morning and evening buffers are separate allocations.
const morning = zeros(7);
const evening = zeros(7);
morning.fill(400);
evening.fill(200);
evening.slice("5:").fill(0);
const daily = morning.add(evening);
console.log("weekend-adjusted daily (mg):", daily.tolist(), "morning total:", morning.sum());

// A read-only broadcast of the per-administration dose for display only.
const perAdministration = array([400, 200, 200]);
const weekView = perAdministration.broadcastTo([7, 3]);
console.log("planned weekly total (mg):", weekView.sum(), "vs grid:", grid.sum());

// Reshaped view used only to read.
const byHalfDay = profile.reshape(6, 2);
const halfDayMeans: number[] = [];
for (let r = 0; r < byHalfDay.shape[0]; r++) {
  halfDayMeans.push(byHalfDay.slice(r).mean());
}
console.log("pairwise means:", halfDayMeans.map((m) => m.toFixed(4)));
console.log("profile (per mg):", profile.tolist());
console.log("first quantifiable sample (h):", firstQuantifiable(profile, 0.001));
