// Advances oral-absorption models for a ward of patients in place, driven by dose events, and prints each patient's central amounts.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

const DT_H = 1;
const STEPS = 12;

interface WardPatient {
  id: string;
  // [gut, central] amounts in mg.
  amounts: NDArray;
  kaPerH: number;
  kePerH: number;
}

// Void helpers: they update the compartments they are given, by design.
function absorb(amounts: NDArray, ka: number, dtH: number): void {
  const transferred = amounts.get(0) * (1 - Math.exp(-ka * dtH));
  amounts.set(0, amounts.get(0) - transferred);
  amounts.set(1, amounts.get(1) + transferred);
}

function eliminate(amounts: NDArray, ke: number, dtH: number): void {
  const central = amounts.slice("1:");
  central.imul(Math.exp(-ke * dtH));
}

function vomitingEpisode(p: WardPatient): void {
  // Half of what is still in the gut is lost.
  p.amounts.slice(":1").imul(0.5);
}

function centralAmount(p: WardPatient): number {
  return p.amounts.get(1);
}

function totalOnWard(patients: WardPatient[]): number {
  return patients.reduce((acc, p) => acc + p.amounts.sum(), 0);
}

const ward: WardPatient[] = [
  { id: "bed-1", amounts: zeros(2), kaPerH: 1.4, kePerH: 0.1 },
  { id: "bed-2", amounts: zeros(2), kaPerH: 0.9, kePerH: 0.2 },
  { id: "bed-3", amounts: array([50, 20]), kaPerH: 1.1, kePerH: 0.15 },
];

const history = zeros([STEPS, ward.length]);

const doses = new EventEmitter();
doses.on("dose", (p: WardPatient, mg: number) => {
  p.amounts.set(0, p.amounts.get(0) + mg);
});
doses.on("vomit", (p: WardPatient) => {
  vomitingEpisode(p);
});

// Shift handover: every record starts from an empty gut and central compartment.
ward.forEach((p) => p.amounts.fill(0));

for (let step = 0; step < STEPS; step++) {
  if (step % 6 === 0) {
    ward.forEach((p) => doses.emit("dose", p, 500));
  }
  if (step === 2) {
    doses.emit("vomit", ward[1]);
  }
  ward.forEach((p) => {
    absorb(p.amounts, p.kaPerH, DT_H);
    eliminate(p.amounts, p.kePerH, DT_H);
  });
  for (let i = 0; i < ward.length; i++) {
    history.set([step, i], centralAmount(ward[i]));
  }
}

for (let i = 0; i < ward.length; i++) {
  const column = history.slice(":", i);
  console.log(`${ward[i].id}: peak ${column.max().toFixed(1)} mg, final ${column.get(STEPS - 1).toFixed(1)} mg`);
}
console.log("ward central amounts (mg):", history.tolist());
console.log("gut remaining (mg):", ward.map((p) => p.amounts.get(0).toFixed(1)));
console.log("total drug still on the ward (mg):", totalOnWard(ward).toFixed(1));
