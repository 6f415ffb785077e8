// BMS calibration: builds per-module voltage gain/offset tables from factory defaults, applies a hot-ambient trim and prints calibrated readings.
// runnable
import { array, NDArray } from "ndalias";

const FACTORY_GAIN = array([1.0, 1.0, 1.0, 1.0]);
const FACTORY_OFFSET = array([0.002, -0.001, 0.0, 0.003]);
const HOT_AMBIENT_C = 35;

interface ModuleCal {
  id: number;
  gain: NDArray;
  offset: NDArray;
}

function makeCal(id: number): ModuleCal {
  return { id, gain: FACTORY_GAIN.copy(), offset: FACTORY_OFFSET.copy() };
}

function calibrate(raw: NDArray, cal: ModuleCal): NDArray {
  return raw.mul(cal.gain).add(cal.offset);
}

function describe(cal: ModuleCal): string {
  const g = cal.gain.tolist() as number[];
  const o = cal.offset.tolist() as number[];
  return `module ${cal.id}: gain=[${g.map((v) => v.toFixed(4)).join(", ")}] offset=[${o
    .map((v) => v.toFixed(4))
    .join(", ")}]`;
}

function readAmbient(sensorCounts: number): number {
  // 10 mV/°C thermistor front-end, 500 mV at 0 °C
  return (sensorCounts * 3.3) / 4096 / 0.01 - 50;
}

// Module A: end-of-line trim measured at the factory, written into its own table.
const modA = makeCal(0);
const eolTrimA = array([0.0011, -0.0004, 0.0007, 0.0]);
modA.gain.iadd(eolTrimA);

// Pack-level gain used by the bus-voltage monitor: an independent copy.
const packGain = FACTORY_GAIN.copy();
packGain.imul(4);

// Module B: derive a temperature-trimmed gain table for the hot side of the enclosure.
const ambient = readAmbient(1110);
const trimGain = FACTORY_GAIN;
if (ambient > HOT_AMBIENT_C) {
  trimGain.imul(0.997); // expect: no-alias-mutation
}
const modB: ModuleCal = { id: 1, gain: trimGain, offset: FACTORY_OFFSET.copy() };

// Module C: a rebound working table never touches the defaults.
let gainC: NDArray = FACTORY_GAIN;
gainC = gainC.add(0.0005);
gainC.imul(1.001);
const modC: ModuleCal = { id: 2, gain: gainC, offset: FACTORY_OFFSET.copy() };

const rawA = array([3.701, 3.698, 3.705, 3.7]);
const rawB = array([3.812, 3.809, 3.815, 3.81]);
const rawC = array([3.655, 3.66, 3.652, 3.658]);

const cellsA = calibrate(rawA, modA);
const cellsB = calibrate(rawB, modB);
const cellsC = calibrate(rawC, modC);

console.log("ambient (°C):", ambient.toFixed(1));
console.log(describe(modA));
console.log(describe(modB));
console.log(describe(modC));
console.log("module A cells:", cellsA.tolist());
console.log("module B cells:", cellsB.tolist());
console.log("module C cells:", cellsC.tolist());

const busEstimate = rawA.add(rawB).add(rawC).mul(packGain.div(4)).sum();
console.log("bus estimate (V):", busEstimate.toFixed(3));

// The commissioning report compares every module with the factory defaults.
console.log("factory gain:", FACTORY_GAIN.tolist());
console.log("factory offset:", FACTORY_OFFSET.tolist());

const worstDeviation = Math.max(
  Math.abs(modA.gain.sub(FACTORY_GAIN).max()),
  Math.abs(modC.gain.sub(FACTORY_GAIN).min()),
);
console.log("largest gain deviation from factory:", worstDeviation.toFixed(5));
