// Per-patient PK parameter objects: weight-normalised volumes, renal adjustment of clearance and one-compartment decay of trough levels.
import { array, NDArray } from "ndalias";

interface PatientParams {
  id: string;
  weightKg: number;
  // One entry per occasion (day 1, day 3, day 7).
  clearanceLh: NDArray;
  volumeL: NDArray;
}

interface OccasionReport {
  id: string;
  meanClearance: number;
  halfLivesH: number[];
}

// Void helper: rescales the patient's own volume record on purpose.
function normaliseVolumeByWeight(p: PatientParams): void {
  p.volumeL.idiv(p.weightKg);
}

// Void helper: restores volumes in litres after reporting.
function restoreVolumeInLitres(p: PatientParams): void {
  p.volumeL.imul(p.weightKg);
}

function eliminationRates(p: PatientParams): NDArray {
  return p.clearanceLh.div(p.volumeL);
}

function halfLives(p: PatientParams): number[] {
  const ke = eliminationRates(p);
  const out: number[] = [];
  for (let i = 0; i < ke.size; i++) {
    out.push(Math.LN2 / ke.get(i));
  }
  return out;
}

function renalAdjustedClearance(p: PatientParams, crclMlMin: number): number {
  const { clearanceLh } = p;
  clearanceLh.imul(Math.min(1, crclMlMin / 120)); // expect: no-alias-mutation
  return clearanceLh.mean();
}

function decayStep(conc: NDArray, keH: number, dtH: number): NDArray {
  conc.imul(Math.exp(-keH * dtH)); // expect: no-alias-mutation
  return conc;
}

function decayed(conc: NDArray, keH: number, dtH: number): NDArray {
  const next = conc.mul(Math.exp(-keH * dtH));
  return next;
}

function report(p: PatientParams): OccasionReport {
  return {
    id: p.id,
    meanClearance: p.clearanceLh.mean(),
    halfLivesH: halfLives(p),
  };
}

const patient: PatientParams = {
  id: "P-014",
  weightKg: 72,
  clearanceLh: array([4.1, 3.8, 4.4]),
  volumeL: array([48, 51, 46]),
};

normaliseVolumeByWeight(patient);
console.log(`${patient.id} volume (L/kg):`, patient.volumeL.tolist());
restoreVolumeInLitres(patient);

const adjustedMean = renalAdjustedClearance(patient, 45);
console.log("renally adjusted mean clearance (L/h):", adjustedMean.toFixed(2));
console.log("occasion report:", report(patient));

// Trough levels (mg/L) at each occasion, projected 12 h ahead in 6 h steps.
let projected = array([12.0, 9.5, 15.2]);
for (let step = 0; step < 2; step++) {
  projected = decayed(projected, 0.08, 6);
}
console.log("projected troughs:", projected.tolist());

const measured = array([11.4, 9.9, 14.1]);
const nextDay = decayStep(measured, 0.08, 24);
console.log("next-day troughs:", nextDay.tolist());
console.log("measured troughs:", measured.tolist());
