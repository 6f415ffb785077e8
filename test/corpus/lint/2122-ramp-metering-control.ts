// ALINEA-style ramp metering for three on-ramps: updates metering rates from mainline occupancy and keeps module-level release counters.
import { array, zeros, NDArray } from "ndalias";

const TARGET_OCCUPANCY = 0.18;
const GAIN = 70; // veh/h per occupancy percentage point
const MIN_RATE = 240;
const MAX_RATE = 1800;
const TICK_HOURS = 1 / 60;

const meterRates = array([900, 900, 900]); // veh/h per ramp
const totalReleased = zeros(3);
const occupancyLog: NDArray[] = [];

// mainline occupancy downstream of each ramp, one row per minute
const readings = array([
  [0.12, 0.2, 0.15],
  [0.14, 0.24, 0.17],
  [0.19, 0.29, 0.2],
  [0.22, 0.31, 0.18],
  [0.2, 0.27, 0.14],
]);

function clamp(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    x.set(i, Math.min(hi, Math.max(lo, x.get(i))));
  }
}

function updateRates(occupancy: NDArray): number {
  const error = occupancy.mul(-1);
  error.iadd(TARGET_OCCUPANCY);
  error.imul(GAIN * 100);
  meterRates.iadd(error);
  clamp(meterRates, MIN_RATE, MAX_RATE);
  return meterRates.sum();
}

function release(queues: NDArray, dtHours: number = TICK_HOURS): NDArray {
  const released = meterRates.mul(dtHours);
  for (let i = 0; i < released.size; i++) {
    released.set(i, Math.min(Math.floor(released.get(i)), queues.get(i)));
  }
  totalReleased.iadd(released);
  return released;
}

function drain(queues: NDArray, released: NDArray): void {
  queues.isub(released);
}

function whatIfRates(boost: number): NDArray {
  const trial = meterRates.copy();
  trial.imul(boost);
  clamp(trial, MIN_RATE, MAX_RATE);
  return trial;
}

function resetDay(): number {
  const served = totalReleased.sum();
  totalReleased.fill(0);
  return served;
}

const queues = array([40, 65, 30]);
const arrivalsPerMinute = array([14, 22, 11]);

for (let minute = 0; minute < readings.shape[0]; minute++) {
  const occupancy = readings.slice(minute);
  occupancyLog.push(occupancy.copy());
  const totalRate = updateRates(occupancy);
  queues.iadd(arrivalsPerMinute);
  const released = release(queues);
  drain(queues, released);
  console.log(`minute ${minute}: total rate ${totalRate.toFixed(0)} veh/h, released`, released.tolist(), "queues", queues.tolist());
}

const trial = whatIfRates(1.25);
console.log("rates now:", meterRates.tolist(), "with a 25% boost:", trial.tolist());

const meanOccupancy = zeros(3);
for (const row of occupancyLog) {
  meanOccupancy.iadd(row);
}
meanOccupancy.idiv(occupancyLog.length);
console.log("mean mainline occupancy:", meanOccupancy.tolist());

const served = resetDay();
console.log("vehicles released today:", served, "counters after reset:", totalReleased.tolist());
console.log("first reading kept intact:", readings.slice(0).tolist());
