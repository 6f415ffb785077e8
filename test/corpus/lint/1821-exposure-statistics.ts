// Exposure statistics for a dosing cohort: median troughs, LLOQ-corrected samples, per-kg doses and normalised AUCs, each from a private copy.
import { array, NDArray } from "ndalias";

const LLOQ_MG_L = 0.5;

export function medianTrough(troughs: NDArray): number {
  const sorted = troughs.flatten();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  return sorted.size % 2 === 1 ? sorted.get(mid) : 0.5 * (sorted.get(mid - 1) + sorted.get(mid));
}

export function dosePerKg(dosesMg: NDArray, weightsKg: NDArray): NDArray {
  const perKg = dosesMg.div(weightsKg);
  for (let i = 0; i < perKg.size; i++) {
    perKg.set(i, Math.round(perKg.get(i) * 10) / 10);
  }
  return perKg;
}

export function aboveLloq(conc: NDArray, sampleIdx: number[]): NDArray {
  const picked = conc.take(sampleIdx);
  for (let i = 0; i < picked.size; i++) {
    if (picked.get(i) < LLOQ_MG_L) picked.set(i, LLOQ_MG_L / 2);
  }
  return picked;
}

export function normalisedAuc(auc: NDArray): NDArray {
  const scaled = auc.astype("float64");
  scaled.idiv(auc.max());
  return scaled;
}

export function doseNormalisedMean(conc: NDArray, doseMg: number): number {
  const perMg = conc.copy();
  perMg.idiv(doseMg);
  return perMg.mean();
}

export function logTransformed(values: NDArray): NDArray {
  const logs = values.copy();
  for (let i = 0; i < logs.size; i++) {
    logs.set(i, Math.log(logs.get(i)));
  }
  return logs;
}

export function geometricCv(values: NDArray): number {
  const logs = logTransformed(values);
  const centred = logs.sub(logs.mean());
  centred.imul(logs.sub(logs.mean()));
  const variance = centred.sum() / (values.size - 1);
  return Math.sqrt(Math.exp(variance) - 1);
}

export const trimmedMean = (values: NDArray, trim: number): number => {
  const sorted = values.flatten();
  sorted.sort();
  const kept = sorted.slice(`${trim}:${sorted.size - trim}`);
  return kept.mean();
};

const troughs = array([7.2, 11.8, 9.4, 15.1, 8.8, 10.3]);
const doses = array([750, 1000, 1000, 1250, 750, 1000]);
const weights = array([58, 77, 70, 96, 61, 74]);
const aucs = array([310, 455, 402, 612, 298, 430], "int32");
const conc = array([0.3, 2.4, 5.9, 4.1, 1.6, 0.4]);

console.log("median trough (mg/L):", medianTrough(troughs));
console.log("trimmed mean trough (mg/L):", trimmedMean(troughs, 1).toFixed(2));
console.log("dose per kg:", dosePerKg(doses, weights).tolist());
console.log("samples used for NCA:", aboveLloq(conc, [0, 2, 3, 5]).tolist());
console.log("normalised AUC:", normalisedAuc(aucs).tolist());
console.log("dose-normalised mean concentration:", doseNormalisedMean(conc, 1000).toExponential(2));
console.log("geometric CV of AUC:", (100 * geometricCv(aucs.astype("float64"))).toFixed(1), "%");

// Sorted copy for the listing, written and then printed.
const listing = troughs.copy();
listing.sort();
console.log("troughs, sorted:", listing.tolist());
console.log("troughs, as collected:", troughs.tolist());
console.log("AUC, as collected:", aucs.tolist());
