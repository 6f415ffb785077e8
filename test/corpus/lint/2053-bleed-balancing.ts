// Passive balancing pass: computes bleed targets from the pack voltage matrix, runs one bleed interval and reports module voltages.
import { array, zeros, NDArray } from "ndalias";

const BLEED_STEP_V = 0.004;
const BALANCE_WINDOW_V = 0.01;

function bleedDeltas(pack: NDArray): NDArray {
  const floor = pack.min();
  const deltas = pack.sub(floor);
  deltas.imul(1000);
  return deltas;
}

function dutyFromDeltas(deltasMv: NDArray, windowMv: number): NDArray {
  const duty = zeros(deltasMv.shape);
  for (let m = 0; m < deltasMv.shape[0]; m++) {
    for (let c = 0; c < deltasMv.shape[1]; c++) {
      const d = deltasMv.get(m, c);
      if (d > windowMv) duty.set([m, c], Math.min(1, d / (4 * windowMv)));
    }
  }
  return duty;
}

function applyBleed(pack: NDArray, module: number, overCells: number[]): void {
  const cells = pack.slice(module).flatten();
  for (const c of overCells) {
    cells.set(c, pack.get(module, c) - BLEED_STEP_V); // expect: no-lost-write
  }
}

function cellsAbove(duty: NDArray, module: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < duty.shape[1]; c++) {
    if (duty.get(module, c) > 0) out.push(c);
  }
  return out;
}

function bleedMinutes(deltasMv: NDArray, bleedCurrentA: number, capacityAh: number): number {
  // 1 mV of excess is roughly 0.1 % SOC on this chemistry's flat region.
  const excessAh = deltasMv.mul(0.001 * capacityAh);
  return (excessAh.max() / bleedCurrentA) * 60;
}

function moduleReport(label: string, row: NDArray): string {
  const v = row.tolist() as number[];
  return `${label}: ${v.map((x) => x.toFixed(3)).join(" ")} (spread ${((row.max() - row.min()) * 1000).toFixed(1)} mV)`;
}

const packV = array([
  [3.712, 3.731, 3.705, 3.718],
  [3.699, 3.702, 3.748, 3.701],
  [3.72, 3.715, 3.709, 3.726],
]);
const sensorOffset = array([0.001, -0.002, 0.0, 0.001]);
const sensorGain = 1.0008;

const deltas = bleedDeltas(packV);
const duty = dutyFromDeltas(deltas, BALANCE_WINDOW_V * 1000);
console.log("bleed duty:", duty.tolist());
console.log("estimated balancing time (min):", bleedMinutes(deltas, 0.12, 50).toFixed(0));

for (let m = 0; m < packV.shape[0]; m++) {
  const over = cellsAbove(duty, m);
  if (over.length > 0) applyBleed(packV, m, over);
}

// Calibrated view of the pack for the telemetry frame.
const corrected = packV.sub(sensorOffset);
corrected.imul(sensorGain); // expect: no-lost-write

// Module 1 report is prepared before the bleed interval elapses.
const module1 = packV.slice(1);
const preBleedSpread = module1.max() - module1.min();

// One bleed interval: every cell with a nonzero duty drops by its share of the step.
packV.isub(duty.mul(BLEED_STEP_V)); // expect: no-view-mutation

console.log("module 1 spread before bleed (mV):", (preBleedSpread * 1000).toFixed(1));
console.log(moduleReport("module 1 before bleed", module1));
for (let m = 0; m < packV.shape[0]; m++) {
  console.log(moduleReport(`module ${m} now`, packV.slice(m)));
}
console.log("pack mean (V):", packV.mean().toFixed(4));
