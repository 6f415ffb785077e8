// Estimates pitch from a recorded IMU log with a complementary filter after removing the gyro bias, then archives the raw log.
import { array, zeros, NDArray } from "ndalias";

// columns: gyro pitch rate (rad/s), accel x (g), accel z (g)
const imuLog = array([
  [0.021, 0.02, 0.99],
  [0.019, 0.03, 0.99],
  [0.020, 0.02, 1.00],
  [0.150, 0.08, 0.98],
  [0.240, 0.15, 0.97],
  [0.180, 0.21, 0.96],
  [0.060, 0.24, 0.95],
  [0.022, 0.25, 0.95],
]);

const dt = 0.02;
const alpha = 0.96;
const stillSamples = 3;

function archive(label: string, log: NDArray): void {
  console.log(`[archive] ${label}: ${log.shape.join("x")} sum=${log.sum().toFixed(4)}`);
  console.log(JSON.stringify(log.tolist()));
}

function accelPitch(ax: number, az: number): number {
  return Math.atan2(ax, az);
}

const gyroRate = imuLog.slice(":", 0);
const bias = gyroRate.slice(`:${stillSamples}`).mean();
console.log("gyro bias estimate:", bias.toFixed(4), "peak rate:", gyroRate.max());

gyroRate.isub(bias); // expect: no-view-mutation

const pitch = zeros(imuLog.shape[0]);
let estimate = accelPitch(imuLog.get(0, 1), imuLog.get(0, 2));
for (let i = 0; i < imuLog.shape[0]; i++) {
  const fromGyro = estimate + gyroRate.get(i) * dt;
  const fromAccel = accelPitch(imuLog.get(i, 1), imuLog.get(i, 2));
  estimate = alpha * fromGyro + (1 - alpha) * fromAccel;
  pitch.set(i, estimate);
}

pitch.flatten().imul(180 / Math.PI); // expect: no-lost-write
console.log("pitch (deg):", pitch.tolist());

const smoothed = pitch.copy();
for (let i = 1; i < smoothed.size; i++) {
  smoothed.set(i, 0.5 * smoothed.get(i) + 0.5 * smoothed.get(i - 1));
}
console.log("smoothed pitch:", smoothed.tolist());

archive("raw imu log", imuLog);
