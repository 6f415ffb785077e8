// Fuses IMU readings: the primary channel is chosen with a conditional that keeps the left sensor by reference, and calibration falls back to shared defaults with ??.
// runnable
import { array, NDArray } from "ndalias";

const left = array([0.02, -0.01, 9.79]);
const right = array([0.05, 0.03, 9.9]);
const DEFAULT_BIAS = array([0.01, 0.01, 0.0]);
const overrides = new Map<string, NDArray>();

function healthy(sensor: NDArray): boolean {
  return Math.abs(sensor.get(2) - 9.81) < 0.05;
}

function fused(a: NDArray, b: NDArray, trustA: number): NDArray {
  const wa = a.mul(trustA);
  const wb = b.mul(1 - trustA);
  return wa.add(wb);
}

function tilt(reading: NDArray): number {
  const [x, y, z] = reading.tolist() as number[];
  return Math.atan2(Math.hypot(x, y), z);
}

const gain = 1.02;
const primary = healthy(left) ? left : right.copy();
primary.imul(gain); // expect: no-alias-mutation

const bias = overrides.get("imu") ?? DEFAULT_BIAS;
bias.imul(2); // expect: no-alias-mutation

const backup = healthy(right) ? right.copy() : left.copy();
backup.isub(DEFAULT_BIAS);
console.log("primary:", primary.tolist(), "backup:", backup.tolist());
console.log("fused tilt:", tilt(fused(primary, backup, 0.7)).toFixed(5));
console.log("raw left:", left.tolist(), "default bias:", DEFAULT_BIAS.tolist());
