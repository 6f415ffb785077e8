// Individualises population PK parameters for one patient by allometric and renal covariates, then prints population and individual values.
import { array, NDArray } from "ndalias";

interface PopulationModel {
  // Typical values per CYP2C9 genotype group (*1/*1, *1/*2, *1/*3, *2/*3).
  clearanceLh: NDArray;
  volumeL: NDArray;
  referenceWeightKg: number;
}

interface Covariates {
  weightKg: number;
  crclMlMin: number;
  albuminGdl: number;
}

function allometric(weightKg: number, referenceKg: number, exponent: number): number {
  return Math.pow(weightKg / referenceKg, exponent);
}

function renalFraction(crclMlMin: number): number {
  return 0.4 + 0.6 * Math.min(1, crclMlMin / 100);
}

function individualise(typical: NDArray, factor: number): NDArray {
  const individual = typical.copy();
  individual.imul(factor);
  return individual;
}

function halfLifeH(clearance: NDArray, volume: NDArray): NDArray {
  const t12 = volume.div(clearance);
  t12.imul(Math.LN2);
  return t12;
}

function formatRow(label: string, values: NDArray): string {
  const cells: string[] = [];
  for (let i = 0; i < values.size; i++) {
    cells.push(values.get(i).toFixed(2));
  }
  return `${label.padEnd(22)} ${cells.join("  ")}`;
}

const model: PopulationModel = {
  clearanceLh: array([4.2, 3.6, 2.9, 2.1]),
  volumeL: array([42, 43, 41, 44]),
  referenceWeightKg: 70,
};

const patient: Covariates = { weightKg: 93, crclMlMin: 64, albuminGdl: 3.1 };

// The report header keeps a handle on the typical clearances; it is printed now, before any update.
const headerClearance = model.clearanceLh;
console.log(formatRow("typical CL (L/h)", headerClearance));

// Copies are taken before the population values change.
const indClearance = model.clearanceLh.copy();
indClearance.imul(allometric(patient.weightKg, model.referenceWeightKg, 0.75));
indClearance.imul(renalFraction(patient.crclMlMin));

const indVolume = individualise(model.volumeL, allometric(patient.weightKg, model.referenceWeightKg, 1));

// Low albumin raises the free fraction: the population table itself is re-estimated in place.
if (patient.albuminGdl < 3.5) {
  model.clearanceLh.imul(1 + 0.1 * (3.5 - patient.albuminGdl));
}
console.log(formatRow("re-estimated CL (L/h)", model.clearanceLh));

// Volume gets a third-spacing correction; the report name is made afterwards.
indVolume.iadd(0.05 * patient.weightKg);
const volumeForReport = indVolume;

console.log(formatRow("individual CL (L/h)", indClearance));
console.log(formatRow("individual V (L)", volumeForReport));
console.log(formatRow("half-life (h)", halfLifeH(indClearance, indVolume)));
console.log(formatRow("typical V (L)", model.volumeL));

const ratio = indClearance.div(model.clearanceLh);
console.log(formatRow("individual / typical", ratio));

const genotypeIndex = 2;
const maintenanceMgPerDay = 24 * indClearance.get(genotypeIndex) * 2.5;
console.log(`maintenance for genotype group ${genotypeIndex}: ${maintenanceMgPerDay.toFixed(0)} mg/day`);
