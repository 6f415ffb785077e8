// Roll/pitch/yaw complementary filter: blends integrated gyro rates with accelerometer and magnetometer angles for one update.
import { array, NDArray } from "ndalias";

const alpha = 0.98;
const dt = 0.01;

function accelAngles(acc: NDArray): NDArray {
  const ax = acc.get(0);
  const ay = acc.get(1);
  const az = acc.get(2);
  return array([Math.atan2(ay, az), Math.atan2(-ax, Math.hypot(ay, az)), 0]);
}

function wrapAngles(angles: NDArray): void {
  for (let i = 0; i < angles.size; i++) {
    let a = angles.get(i);
    while (a > Math.PI) a -= 2 * Math.PI;
    while (a < -Math.PI) a += 2 * Math.PI;
    angles.set(i, a);
  }
}

let attitude = array([0.05, -0.02, 3.10]);
const gyro = array([0.40, -0.10, 5.00]);
const accel = array([0.17, 0.05, 9.79]);
const magYaw = -3.12;

// keep the previous estimate for the rate report
const previous = attitude;
attitude = attitude.add(gyro.mul(dt));
attitude.imul(alpha);

// the accelerometer does not observe yaw: blend roll and pitch only
const accAngles = accelAngles(accel);
accAngles.imul(1 - alpha);
attitude.iadd(accAngles);

const yawBefore = attitude;
console.log("yaw before magnetometer blend:", yawBefore.get(2).toFixed(4));
attitude.slice("2:").fill(attitude.get(2) + (1 - alpha) * magYaw);
wrapAngles(attitude);

const estimate = attitude;
console.log("estimate:", estimate.tolist());

const rates = attitude.sub(previous);
rates.idiv(dt);
console.log("apparent rates (rad/s):", rates.tolist());

const degrees = attitude.copy();
degrees.imul(180 / Math.PI);
attitude.fill(0);
console.log("attitude (deg):", degrees.tolist(), "reset:", attitude.sum());
