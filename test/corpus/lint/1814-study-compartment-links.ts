// Sets up a phase-I study: paired central/peripheral compartments per subject and a cohort table whose header slot points back to the study.
import { array, empty, full, zeros, NDArray } from "ndalias";

const STEPS = 48;
const DT_H = 0.5;

class Compartment {
  amounts: NDArray;
  partner: Compartment | null = null;
  constructor(
    readonly name: string,
    readonly volumeL: number,
    initialMg: number,
  ) {
    this.amounts = zeros(STEPS);
    this.amounts.set(0, initialMg);
  }
  concentration(step: number): number {
    return this.amounts.get(step) / this.volumeL;
  }
}

class Study {
  cohort: NDArray | null = null;
  exposures: NDArray;
  constructor(
    readonly code: string,
    size: number,
  ) {
    this.exposures = zeros(size);
  }
}

interface Subject {
  id: string;
  weightKg: number;
  dosesMg: NDArray;
}

// Each compartment keeps a handle on the one it exchanges drug with.
function linkCompartments(central: Compartment, peripheral: Compartment): void {
  central.partner = peripheral;
  peripheral.partner = central; // expect: no-reference-cycle
}

function simulateTransfer(central: Compartment, peripheral: Compartment, k12: number, k21: number, k10: number): void {
  for (let t = 1; t < STEPS; t++) {
    const a1 = central.amounts.get(t - 1);
    const a2 = peripheral.amounts.get(t - 1);
    central.amounts.set(t, a1 + DT_H * (k21 * a2 - (k12 + k10) * a1));
    peripheral.amounts.set(t, a2 + DT_H * (k12 * a1 - k21 * a2));
  }
}

function areaUnderCurve(c: Compartment): number {
  let auc = 0;
  for (let t = 1; t < STEPS; t++) {
    auc += 0.5 * DT_H * (c.concentration(t) + c.concentration(t - 1));
  }
  return auc;
}

// The cohort table keeps the study in slot 0 so that exported tables are self-describing.
function enrol(study: Study, subjects: Subject[]): void {
  const table = empty(subjects.length + 1, "object");
  table.set(0, study);
  for (let i = 0; i < subjects.length; i++) {
    table.set(i + 1, subjects[i]);
  }
  study.cohort = table; // expect: no-reference-cycle
}

function recordExposures(study: Study, aucs: number[]): void {
  for (let i = 0; i < aucs.length; i++) {
    study.exposures.set(i, aucs[i]);
  }
}

function cohortSize(study: Study): number {
  return study.cohort === null ? 0 : study.cohort.size - 1;
}

const subjects: Subject[] = [
  { id: "S01", weightKg: 68, dosesMg: full(3, 400) },
  { id: "S02", weightKg: 81, dosesMg: full(3, 400) },
  { id: "S03", weightKg: 74, dosesMg: array([400, 600, 600]) },
];

const study = new Study("PK-101", subjects.length);
enrol(study, subjects);

const aucs: number[] = [];
for (const s of subjects) {
  const central = new Compartment(`${s.id}/central`, 0.25 * s.weightKg, s.dosesMg.get(0));
  const peripheral = new Compartment(`${s.id}/peripheral`, 0.6 * s.weightKg, 0);
  linkCompartments(central, peripheral);
  simulateTransfer(central, peripheral, 0.4, 0.2, 0.15);
  aucs.push(areaUnderCurve(central));
}

recordExposures(study, aucs);
console.log(`${study.code}: ${cohortSize(study)} subjects`);
console.log("central AUC (mg*h/L):", study.exposures.tolist());
console.log("mean exposure:", study.exposures.mean().toFixed(2));
