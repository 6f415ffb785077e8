// Sensor calibration script: picks the raw or smoothed module-level channel, removes the dark offset and prints raw and calibrated readings.
// runnable
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const RAW = array([0.42, 0.47, -0.05, 0.51, 0.49, -0.02, 0.55, 0.6]);
const SMOOTHED = zeros(RAW.size);
const DARK = array([0.03, 0.03, 0.03, 0.03, 0.04, 0.04, 0.04, 0.04]);
const CALIBRATION = { smoothing: false, window: 3, gain: 1.25 };
const FIELD_CALIBRATION = { ...CALIBRATION, gain: 1.4 };

function smooth(window: number): number {
  for (let i = 0; i < RAW.size; i++) {
    const lo = Math.max(0, i - window + 1);
    SMOOTHED.set(i, RAW.slice(`${lo}:${i + 1}`).mean());
  }
  return SMOOTHED.max();
}

function clampNegatives(): number {
  const readings = RAW;
  let fixed = 0;
  for (let i = 0; i < readings.size; i++) {
    if (readings.get(i) < 0) {
      readings.data[i] = 0; // expect: no-alias-mutation
      fixed++;
    }
  }
  return fixed;
}

function gainCorrected(x: NDArray, gain: number): NDArray {
  const out = x.copy();
  out.imul(gain);
  return out;
}

function summary(label: string, x: NDArray): string {
  return `${label}: mean=${x.mean().toFixed(3)} min=${x.min().toFixed(3)} max=${x.max().toFixed(3)}`;
}

function movingAverage(x: NDArray, window: number): NDArray {
  const out = zeros(x.size - window + 1);
  for (let i = 0; i < out.size; i++) {
    out.set(i, x.slice(`${i}:${i + window}`).mean());
  }
  return out;
}

function toCsv(label: string, x: NDArray): string {
  return [label, ...(x.tolist() as number[]).map((v) => v.toFixed(4))].join(",");
}

function applyGain(x: NDArray, gain: number): void {
  x.imul(gain);
}

async function readTemperature(): Promise<number> {
  await delay(1);
  return 21.5;
}

const temperature = await readTemperature();
const drift = (temperature - 20) * 0.002;

console.log("negatives clamped:", clampNegatives());
console.log(summary("raw after clamp", RAW));
if (CALIBRATION.smoothing) {
  console.log("smoothed peak:", smooth(CALIBRATION.window));
}

const channel = CALIBRATION.smoothing ? SMOOTHED : RAW;
channel.isub(DARK.add(drift)); // expect: no-alias-mutation

const calibrated = gainCorrected(channel, FIELD_CALIBRATION.gain);
console.log(summary("raw", RAW));
console.log(summary("calibrated", calibrated));
applyGain(calibrated, 1 / FIELD_CALIBRATION.gain);
console.log(toCsv("calibrated-unity", calibrated));
console.log("trend:", toCsv("ma", movingAverage(calibrated, CALIBRATION.window)));
console.log("raw readings:", RAW.tolist());
console.log("temperature:", temperature, "dark:", DARK.tolist());
