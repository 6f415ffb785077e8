// Complementary filter fusing gyro rates and accelerometer tilt for a balancing robot, with bias calibration and a logged estimate in degrees.
import { array, zeros, full, NDArray } from "ndalias";

const gyroBias = zeros(3);
const accelScale = full(3, 1.0);

function calibrateBias(stillSamples: NDArray): NDArray {
  const bias = zeros(3);
  for (let axis = 0; axis < 3; axis++) {
    bias.set(axis, stillSamples.slice(":", axis).mean());
  }
  return bias;
}

function tiltFromAccel(accel: NDArray): NDArray {
  const scaled = accel.mul(accelScale);
  scaled.idiv(Math.sqrt(scaled.mul(scaled).sum()));
  const roll = Math.atan2(scaled.get(1), scaled.get(2));
  const pitch = Math.atan2(-scaled.get(0), Math.hypot(scaled.get(1), scaled.get(2)));
  return array([roll, pitch]);
}

class ComplementaryFilter {
  angle: NDArray = zeros(2);
  updates = 0;

  constructor(readonly alpha: number) {}

  update(gyro: NDArray, accel: NDArray, dt: number): NDArray {
    const rates = gyro.sub(gyroBias);
    const tilt = tiltFromAccel(accel);
    const predicted = this.angle.add(rates.take([0, 1]).mul(dt));
    predicted.imul(this.alpha);
    predicted.iadd(tilt.mul(1 - this.alpha));
    this.angle = predicted;
    this.updates += 1;
    return this.angle.copy();
  }

  reset(): void {
    this.angle.fill(0);
    this.updates = 0;
  }
}

const stillSamples = array([
  [0.011, -0.004, 0.002],
  [0.009, -0.006, 0.001],
  [0.012, -0.005, 0.003],
  [0.010, -0.005, 0.002],
]);
gyroBias.assign(":", calibrateBias(stillSamples));
accelScale.set(2, 0.98);
console.log("gyro bias:", gyroBias.tolist());

const gyroStream = array([
  [0.21, -0.05, 0.0],
  [0.18, -0.03, 0.01],
  [0.05, 0.02, 0.0],
  [-0.04, 0.04, -0.01],
  [-0.1, 0.01, 0.0],
]);
const accelStream = array([
  [0.05, 0.35, 9.7],
  [0.08, 0.62, 9.68],
  [0.1, 0.8, 9.65],
  [0.11, 0.74, 9.66],
  [0.09, 0.6, 9.7],
]);

const filter = new ComplementaryFilter(0.96);
const estimates = zeros([gyroStream.shape[0], 2]);
const dt = 0.01;
for (let k = 0; k < gyroStream.shape[0]; k++) {
  const estimate = filter.update(gyroStream.slice(k), accelStream.slice(k), dt);
  estimates.assign(String(k), estimate);
}

const rollDegrees = estimates.take([0], 1);
rollDegrees.imul(180 / Math.PI);
console.log("roll (deg):", rollDegrees.tolist());

const pitchDegrees = estimates.take([1], 1).flatten();
pitchDegrees.imul(180 / Math.PI);
console.log("pitch (deg):", pitchDegrees.tolist());

const referenceTilt = array([0.08, -0.01]);
const workingTilt = array([0.08, -0.01]);
workingTilt.isub(filter.angle);
console.log("tilt error:", workingTilt.tolist(), "reference:", referenceTilt.tolist());

const gyroCorrected = gyroStream.sub(gyroBias);
gyroCorrected.imul(dt);
const integratedRates = zeros(3);
for (let k = 0; k < gyroCorrected.shape[0]; k++) integratedRates.iadd(gyroCorrected.slice(k));
console.log("integrated gyro angle:", integratedRates.tolist());

const finalAngle = filter.angle;
console.log("final estimate:", finalAngle.tolist(), "after", filter.updates, "updates");
filter.reset();
console.log("raw gyro stream total:", gyroStream.sum().toFixed(3));
