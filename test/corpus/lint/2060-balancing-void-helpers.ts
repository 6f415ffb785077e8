// Balancing helpers: clamps bleed duty cycles, clears a faulted module's row, derates hot modules and applies an over-temperature handler.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

const MAX_DUTY = 0.6;

function clampDuty(duty: NDArray, maxDuty: number): void {
  for (let i = 0; i < duty.size; i++) {
    const d = duty.data[i] as number;
    duty.data[i] = Math.min(maxDuty, Math.max(0, d));
  }
}

function clearModuleRow(bleed: NDArray, module: number): void {
  const row = bleed.slice(module);
  row.fill(0);
}

function derate(duty: NDArray, factor: number): void {
  duty.imul(factor);
}

function scheduleFromExcess(excessMv: NDArray, out: NDArray): void {
  out.assign(":", excessMv.div(40));
  clampDuty(out, MAX_DUTY);
}

function hottest(temps: NDArray): number {
  let idx = 0;
  for (let i = 1; i < temps.size; i++) {
    if (temps.get(i) > temps.get(idx)) idx = i;
  }
  return idx;
}

function totalBleedPower(duty: NDArray, cellV: NDArray, resistorOhm: number): number {
  return duty.mul(cellV.mul(cellV)).sum() / resistorOhm;
}

const cellV = array([
  [3.731, 3.708, 3.719, 3.702],
  [3.744, 3.7, 3.712, 3.709],
  [3.705, 3.703, 3.711, 3.706],
]);
const moduleTemps = array([38.5, 47.2, 36.9]);
const excessMv = cellV.sub(cellV.min());
excessMv.imul(1000);

const duty = zeros([3, 4]);
scheduleFromExcess(excessMv, duty);
console.log("scheduled duty:", duty.tolist());

const faulted = 2;
clearModuleRow(duty, faulted);

const hot = hottest(moduleTemps);
if (moduleTemps.get(hot) > 45) {
  const hotRow = zeros(4);
  hotRow.assign(":", duty.slice(hot));
  derate(hotRow, 0.5);
  duty.assign(`${hot}, :`, hotRow);
}

// Per-module duty vectors handed to the gate drivers.
const driverDuty: NDArray[] = [0, 1, 2].map((m) => duty.slice(m).copy());
driverDuty.forEach((d) => d.imul(0.9));
driverDuty.forEach((d, m) => console.log(`driver ${m}:`, d.tolist()));

const thermal = new EventEmitter();
thermal.on("overtemp", (target: NDArray) => {
  target.fill(0);
});
if (moduleTemps.max() > 46) {
  thermal.emit("overtemp", driverDuty[hot]);
}

console.log("duty after handlers:", duty.tolist());
console.log("driver duty after over-temperature:", driverDuty.map((d) => d.sum()));
console.log("bleed power (W):", totalBleedPower(duty, cellV, 33).toFixed(3));
console.log("hottest module:", hot, "at", moduleTemps.get(hot).toFixed(1), "°C");
console.log("excess used for scheduling (mV):", excessMv.tolist());
