// Builds a vancomycin regimen from the clinic's standard q12h schedule, front-loads the first dose and adapts maintenance to renal function.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Regimen {
  drug: string;
  intervalH: number;
  doses: NDArray;
}

interface RenalStatus {
  crclMlMin: number;
  onDialysis: boolean;
}

const STANDARD_INTERVAL_H = 12;
const LOADING_MG_PER_KG = 25;

function dosingTimes(count: number, intervalH: number): NDArray {
  const times = zeros(count);
  for (let i = 0; i < count; i++) {
    times.set(i, i * intervalH);
  }
  return times;
}

function cumulativeDose(doses: NDArray): NDArray {
  const running = zeros(doses.size);
  let total = 0;
  for (let i = 0; i < doses.size; i++) {
    total += doses.get(i);
    running.set(i, total);
  }
  return running;
}

function bandDose(mg: number): number {
  // Doses are drawn up in 250 mg steps on the ward.
  return Math.round(mg / 250) * 250;
}

function describe(label: string, doses: NDArray, intervalH: number): void {
  const times = dosingTimes(doses.size, intervalH);
  console.log(`${label}: ${doses.size} doses, total ${doses.sum()} mg`);
  console.log("  times (h):", times.tolist());
  console.log("  doses (mg):", doses.tolist());
  console.log("  cumulative (mg):", cumulativeDose(doses).tolist());
}

function isRenallyImpaired(status: RenalStatus): boolean {
  return status.crclMlMin < 50 && !status.onDialysis;
}

const standardSchedule = array([1000, 1000, 1000, 1000, 1000, 1000]);
const patientWeightKg = 82;
const patientRenal: RenalStatus = { crclMlMin: 42, onDialysis: false };

// Therapeutic drug monitoring plan: a private copy, edited freely.
const tdmSchedule = standardSchedule.copy();
tdmSchedule.set(2, 0);
tdmSchedule.set(3, 0);
describe("TDM sampling plan", tdmSchedule, STANDARD_INTERVAL_H);

// The patient's regimen starts from the clinic schedule...
const regimen: Regimen = {
  drug: "vancomycin",
  intervalH: STANDARD_INTERVAL_H,
  doses: standardSchedule,
};

// ...and the first administration becomes a weight-based loading dose.
const loadingDoseMg = bandDose(LOADING_MG_PER_KG * patientWeightKg);
regimen.doses.set(0, loadingDoseMg); // expect: no-alias-mutation

// Maintenance for impaired clearance is half the clinic schedule.
const reducedSchedule = standardSchedule.mul(0.5);
const maintenance = isRenallyImpaired(patientRenal) ? reducedSchedule : standardSchedule;
// The last maintenance dose is withheld until a trough level is back.
maintenance.set(maintenance.size - 1, 0); // expect: no-alias-mutation

describe(`${regimen.drug} regimen`, regimen.doses, regimen.intervalH);
describe("maintenance", maintenance, STANDARD_INTERVAL_H);

// Banded copy for the pharmacy label: written, then printed.
const labelled = reducedSchedule.copy();
for (let i = 0; i < labelled.size; i++) {
  labelled.set(i, bandDose(labelled.get(i)));
}
describe("pharmacy label", labelled, STANDARD_INTERVAL_H);

console.log("reduced reference total (mg):", reducedSchedule.sum());
console.log("clinic standard (mg):", standardSchedule.tolist());
