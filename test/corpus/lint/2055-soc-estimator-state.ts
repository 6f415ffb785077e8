// State-of-charge estimation per module: coulomb counting into the module state, a load lookahead and a top-of-charge resync.
import { array, NDArray } from "ndalias";

const RESERVE_FRACTION = 0.05;

interface ModuleState {
  id: number;
  soc: NDArray;
  charge: NDArray;
  capacity: NDArray;
  lastUpdate: number;
}

function createState(id: number, capacityAh: number[], socInit: number[]): ModuleState {
  const capacity = array(capacityAh);
  const soc = array(socInit);
  const charge = soc.mul(capacity);
  return { id, soc, charge, capacity, lastUpdate: 0 };
}

/** Coulomb counting: advances the module state in place. */
function integrate(state: ModuleState, currentA: NDArray, dtHours: number): void {
  state.charge.isub(currentA.mul(dtHours));
  state.soc.assign(":", state.charge.div(state.capacity));
  state.lastUpdate += dtHours;
}

function timeToEmptyHours(state: ModuleState, loadA: number): number {
  const usable = state.charge.copy();
  usable.isub(state.capacity.mul(RESERVE_FRACTION));
  return Math.max(0, usable.min()) / loadA;
}

function predictSoc(state: ModuleState, plannedA: NDArray, hours: number): NDArray {
  const remaining = state.charge;
  remaining.isub(plannedA.mul(hours)); // expect: no-alias-mutation
  return remaining.div(state.capacity);
}

function markFullyCharged(state: ModuleState): number {
  const gainedAh = state.capacity.sub(state.charge).sum();
  state.charge.assign(":", state.capacity); // expect: no-alias-mutation
  return gainedAh;
}

function weakestCell(state: ModuleState): number {
  let idx = 0;
  for (let i = 1; i < state.soc.size; i++) {
    if (state.soc.get(i) < state.soc.get(idx)) idx = i;
  }
  return idx;
}

function summary(state: ModuleState): string {
  const soc = (state.soc.tolist() as number[]).map((s) => (s * 100).toFixed(1) + "%");
  return `module ${state.id} after ${state.lastUpdate.toFixed(2)} h: ${soc.join(" ")}`;
}

const modules = [
  createState(0, [50, 50, 49.2, 50.4], [0.82, 0.81, 0.79, 0.83]),
  createState(1, [50.1, 49.8, 50, 50.2], [0.8, 0.8, 0.78, 0.81]),
];

const driveCurrent = array([12.5, 12.5, 12.5, 12.5]);
for (let step = 0; step < 6; step++) {
  for (const m of modules) integrate(m, driveCurrent, 0.25);
}
modules.forEach((m) => console.log(summary(m)));

const climb = array([40, 40, 40, 40]);
for (const m of modules) {
  const predicted = predictSoc(m, climb, 0.5);
  console.log(`module ${m.id} predicted SOC after climb:`, predicted.tolist());
  console.log(`module ${m.id} time to empty at 15 A:`, timeToEmptyHours(m, 15).toFixed(2), "h");
  console.log(`module ${m.id} weakest cell:`, weakestCell(m));
}

const charger = array([-25, -25, -25, -25]);
for (let step = 0; step < 8; step++) {
  for (const m of modules) integrate(m, charger, 0.25);
}
for (const m of modules) {
  if (m.soc.min() > 0.97) {
    console.log(`module ${m.id} resynced, +${markFullyCharged(m).toFixed(2)} Ah`);
  }
  console.log(summary(m));
}
