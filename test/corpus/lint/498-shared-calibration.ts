// Applies a factory misalignment calibration to accelerometer and magnetometer readings and removes per-sensor biases.
import { array, zeros, NDArray } from "ndalias";

const GRAVITY = 9.80665;

function matvec(m: NDArray, v: NDArray): NDArray {
  const out = zeros(m.shape[0]);
  for (let i = 0; i < m.shape[0]; i++) {
    let s = 0;
    for (let j = 0; j < v.size; j++) s += m.get(i, j) * v.get(j);
    out.set(i, s);
  }
  return out;
}

function removeBiasInPlace(reading: NDArray, bias: NDArray): void {
  reading.isub(bias);
}

function correctedAccel(reading: NDArray, bias: NDArray, cal: NDArray): NDArray {
  reading.isub(bias); // expect: no-alias-mutation
  return matvec(cal, reading);
}

function correctedMag(reading: NDArray, bias: NDArray, cal: NDArray): NDArray {
  const centred = reading.sub(bias);
  return matvec(cal, centred);
}

const factoryCal = array([
  [1.002, 0.004, -0.003],
  [0.001, 0.997, 0.002],
  [-0.002, 0.003, 1.005],
]);

const accelCal = factoryCal;
const magCal = factoryCal;
accelCal.imul(GRAVITY); // expect: no-alias-mutation

const accelBias = array([0.012, -0.008, 0.020]);
const magBias = array([12.5, -4.0, 30.1]);

const rawAccel = array([0.01, 0.02, 1.01]);
const rawMag = array([210.0, -35.5, 415.2]);
const rawGyro = array([0.003, -0.001, 0.002]);
const gyroBias = array([0.002, -0.001, 0.001]);

const accel = correctedAccel(rawAccel, accelBias, accelCal);
const mag = correctedMag(rawMag, magBias, magCal);
removeBiasInPlace(rawGyro, gyroBias);

const heading = Math.atan2(mag.get(1), mag.get(0));
console.log("accel (m/s^2):", accel.tolist());
console.log("heading (rad):", heading.toFixed(4));
console.log("gyro (rad/s):", rawGyro.tolist());
console.log("raw accel sample:", rawAccel.tolist());
