// Event-related potential analysis: scales epochs to microvolts, rejects noisy trials by a robust threshold and averages the rest.
import { array, zeros, NDArray } from "ndalias";

const N_TRIALS = 6;
const N_SAMPLES = 8;
const EPOCHS = array([
  [1, 2, 1, 6, 9, 5, 2, 1],
  [2, 1, 2, 7, 8, 6, 1, 2],
  [1, 1, 3, 5, 9, 4, 2, 1],
  [9, 14, 2, 20, 3, 18, 11, 7],
  [2, 2, 1, 6, 10, 5, 1, 1],
  [1, 2, 2, 7, 8, 5, 2, 2],
]);

type Baseline = "none" | "prestim" | "full";

interface Report {
  evoked: NDArray;
  kept: number[];
  threshold: number;
  rawExample: number[];
}

// halves the sampling rate until the requested factor is reached
export function decimate(x: NDArray, factor: number): NDArray {
  if (factor <= 1) return x.copy();
  return decimate(x.slice("::2").copy(), factor / 2);
}

export function analyse(countsToMicrovolts: number, baseline: Baseline, maxRejectFraction = 0.34): Report {
  // keep the untouched first trial for the methods figure
  const firstTrial = EPOCHS.slice(0);
  const rawPeak = firstTrial.max();
  if (rawPeak === 0) {
    return { evoked: zeros(N_SAMPLES), kept: [], threshold: 0, rawExample: [] };
  }

  EPOCHS.imul(countsToMicrovolts); // expect: no-view-mutation

  // per-trial baseline correction
  for (let t = 0; t < N_TRIALS; t++) {
    let ref = 0;
    switch (baseline) {
      case "none":
        continue;
      case "prestim":
        ref = EPOCHS.slice(t, "0:3").mean();
        break;
      case "full":
        ref = EPOCHS.slice(t).mean();
        break;
    }
    EPOCHS.slice(t).isub(ref); // expect: no-view-mutation
  }

  // robust amplitude threshold: 90th percentile of all samples
  const amplitudes = EPOCHS.reshape(N_TRIALS * N_SAMPLES);
  amplitudes.sort(); // expect: no-view-mutation
  const threshold = amplitudes.get(Math.floor(0.9 * amplitudes.size)) * 1.2;

  // trial rejection
  const kept: number[] = [];
  let rejected = 0;
  for (let t = 0; t < N_TRIALS; t++) {
    const trial = EPOCHS.slice(t);
    const peak = Math.max(trial.max(), -trial.min());
    if (peak > threshold) {
      rejected++;
      if (rejected / N_TRIALS > maxRejectFraction) {
        console.warn("too many rejected trials, keeping the rest unfiltered");
        for (let u = t; u < N_TRIALS; u++) kept.push(u);
        break;
      }
      continue;
    }
    kept.push(t);
  }

  // average of the kept trials
  const evoked = zeros(N_SAMPLES);
  for (const t of kept) {
    evoked.iadd(EPOCHS.slice(t));
  }
  if (kept.length > 0) evoked.idiv(kept.length);

  // sanity check on a sorted copy, the epochs themselves stay in order
  const sortedEvoked = evoked.flatten();
  sortedEvoked.sort();
  const median = sortedEvoked.get(Math.floor(N_SAMPLES / 2));
  if (median > evoked.max()) {
    throw new Error("median above maximum: evoked average is corrupt");
  }

  return { evoked, kept, threshold, rawExample: firstTrial.tolist() as number[] };
}

const report = analyse(0.5, "prestim");
console.log("kept trials:", report.kept.join(", "), "threshold:", report.threshold.toFixed(2));
console.log("evoked:", (report.evoked.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
console.log("evoked at 4x decimation:", decimate(report.evoked, 4).tolist());
console.log("raw example trial:", report.rawExample.join(" "));
