// Adjusts an amikacin schedule for renal function and adds a loading dose, then prints the administered schedule and vial counts.
// runnable
import { array, NDArray } from "ndalias";

const VIAL_MG = 250;
const LOADING_MG_PER_KG = 25;

interface Patient {
  id: string;
  weightKg: number;
  crclMlMin: number;
  schedule: NDArray;
}

function renalFactor(crclMlMin: number): number {
  if (crclMlMin >= 60) return 1;
  if (crclMlMin >= 40) return 0.75;
  if (crclMlMin >= 20) return 0.5;
  return 0.25;
}

function roundToVials(doses: NDArray): NDArray {
  const rounded = doses.copy();
  for (let i = 0; i < rounded.size; i++) {
    rounded.set(i, Math.ceil(rounded.get(i) / VIAL_MG) * VIAL_MG);
  }
  return rounded;
}

function vialCount(doses: NDArray): number {
  return roundToVials(doses).sum() / VIAL_MG;
}

function cumulative(doses: NDArray): NDArray {
  const running = doses.copy();
  for (let i = 1; i < running.size; i++) {
    running.set(i, running.get(i) + running.get(i - 1));
  }
  return running;
}

function exceedsDailyLimit(doses: NDArray, perDay: number, limitMg: number): boolean {
  for (let start = 0; start < doses.size; start += perDay) {
    const day = doses.slice(`${start}:${start + perDay}`);
    if (day.sum() > limitMg) return true;
  }
  return false;
}

function printSchedule(label: string, doses: NDArray): void {
  console.log(`${label}:`, doses.tolist(), `total ${doses.sum()} mg`);
}

const patient: Patient = {
  id: "ICU-07",
  weightKg: 84,
  crclMlMin: 38,
  schedule: array([1260, 1260, 1260, 1260, 1260]),
};

// Forecast for the pharmacist: a fresh copy that is printed.
const forecast = patient.schedule.mul(1.2);
forecast.isub(0.05 * patient.schedule.mean());
printSchedule("forecast if clearance drops", forecast);

const factor = renalFactor(patient.crclMlMin);
if (factor < 1) {
  patient.schedule.copy().imul(factor); // expect: no-lost-write
}

const withLoading = patient.schedule.copy();
withLoading.set(0, LOADING_MG_PER_KG * patient.weightKg); // expect: no-lost-write

printSchedule(`${patient.id} administered`, patient.schedule);
console.log("vials needed:", vialCount(patient.schedule));
console.log("cumulative (mg):", cumulative(patient.schedule).tolist());

if (exceedsDailyLimit(patient.schedule, 2, 2500)) {
  console.log("warning: daily amount above 2500 mg");
}

const perKg = patient.schedule.div(patient.weightKg);
for (let i = 0; i < perKg.size; i++) {
  perKg.set(i, Math.round(perKg.get(i) * 10) / 10);
}
console.log("mg/kg per dose:", perKg.tolist());

const label = roundToVials(patient.schedule);
label.idiv(VIAL_MG);
console.log("vials per administration:", label.tolist());
