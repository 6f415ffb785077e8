// Summarises three days of hourly plasma concentrations: pooled percentiles, a day-one pre-dose washout and a validated working profile.
import { linspace, zeros, NDArray, ShapeError } from "ndalias";

const DAYS = 3;
const SAMPLES_PER_DAY = 8;

function requireProfile(profile: NDArray, length: number): NDArray {
  if (profile.ndim !== 1 || profile.size !== length) {
    throw new ShapeError(`expected a 1-D profile of ${length} samples, got shape [${profile.shape}]`);
  }
  return profile;
}

function pooledP90(conc: NDArray): number {
  conc.flatten().sort(); // expect: no-lost-write
  const pooled = conc.ravel();
  return pooled.get(Math.floor(0.9 * (pooled.size - 1)));
}

function pooledMedian(conc: NDArray): number {
  const sorted = conc.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function dailyTroughs(byDay: NDArray): number[] {
  const out: number[] = [];
  for (let d = 0; d < byDay.shape[0]; d++) {
    out.push(byDay.slice(d).min());
  }
  return out;
}

function hoursAbove(conc: NDArray, thresholdMgL: number, hoursPerSample: number): number {
  let count = 0;
  const flat = conc.ravel();
  for (let i = 0; i < flat.size; i++) {
    if (flat.get(i) >= thresholdMgL) count++;
  }
  return count * hoursPerSample;
}

function accumulationRatio(byDay: NDArray): number {
  const first = byDay.slice(0);
  const last = byDay.slice(-1);
  return last.sum() / first.sum();
}

function oralProfile(doseMg: number, n: number): NDArray {
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    const t = (i % SAMPLES_PER_DAY) * 3 + 0.5;
    out.set(i, (doseMg / 40) * (Math.exp(-0.1 * t) - Math.exp(-1.3 * t)));
  }
  return out;
}

const hourly = oralProfile(600, DAYS * SAMPLES_PER_DAY);
const byDay = hourly.reshape(DAYS, SAMPLES_PER_DAY);
console.log("daily troughs before washout:", dailyTroughs(byDay));
console.log("accumulation ratio day 3 / day 1:", accumulationRatio(byDay).toFixed(2));

// Day one starts before the first dose: the first two samples are pre-dose.
byDay.assign("0, :2", 0); // expect: no-view-mutation
console.log("cumulative exposure (mg*h/L):", (hourly.sum() * 3).toFixed(1));
console.log("median:", pooledMedian(byDay).toFixed(3), "p90:", pooledP90(byDay).toFixed(3));

// A reference curve, validated, then scaled to the patient's dose.
const reference = linspace(0, 1, DAYS * SAMPLES_PER_DAY);
const working = requireProfile(reference, DAYS * SAMPLES_PER_DAY);
const doseScale = 600 / 500;
working.imul(doseScale); // expect: no-alias-mutation

console.log("working profile mean:", working.mean().toFixed(3));
console.log("reference profile mean:", reference.mean().toFixed(3));

const dailyMeans: number[] = [];
for (let d = 0; d < DAYS; d++) {
  dailyMeans.push(byDay.slice(d).mean());
}
console.log("daily means:", dailyMeans.map((m) => m.toFixed(3)));
console.log("hours above 2 mg/L:", hoursAbove(byDay, 2, 3));
