// Differential-drive wheel odometry: converts encoder ticks to wheel travel, integrates the pose and corrects for slip.
// runnable
import { array, zeros, NDArray } from "ndalias";

const TICKS_PER_REV = 2048;
const WHEEL_RADIUS = 0.05;
const TRACK_WIDTH = 0.32;

// Encoder deltas per control cycle: [left, right].
const encoderLog = array(
  [
    [410, 402],
    [415, 398],
    [420, 430],
    [380, 455],
    [360, 470],
    [402, 405],
  ],
  "int32",
);

function ticksToMetres(ticks: NDArray): NDArray {
  const travel = ticks.astype("float64");
  travel.imul((2 * Math.PI * WHEEL_RADIUS) / TICKS_PER_REV);
  return travel;
}

function integrate(pose: NDArray, left: number, right: number): NDArray {
  const ds = (left + right) / 2;
  const dth = (right - left) / TRACK_WIDTH;
  const th = pose.get(2) + dth / 2;
  return pose.add(array([ds * Math.cos(th), ds * Math.sin(th), dth]));
}

// Scales the translational part of the pose increment when the wheels are known to slip.
function applySlip(increment: NDArray, slip: number): void {
  increment.flatten().imul(1 - slip); // expect: no-lost-write
}

function summarise(path: NDArray): { distance: number; heading: number } {
  let distance = 0;
  for (let i = 1; i < path.shape[0]; i++) {
    distance += Math.hypot(path.get(i, 0) - path.get(i - 1, 0), path.get(i, 1) - path.get(i - 1, 1));
  }
  return { distance, heading: path.get(path.shape[0] - 1, 2) };
}

const wheelTravel = ticksToMetres(encoderLog);

// The right wheel's tyre is slightly worn: correct its effective radius.
const rightWheel = wheelTravel.take([1], 1);
rightWheel.imul(1.015); // expect: no-lost-write

const slipFlags = [false, false, true, true, false, false];
const path = zeros([encoderLog.shape[0] + 1, 3]);
let pose = zeros(3);

for (let k = 0; k < encoderLog.shape[0]; k++) {
  const next = integrate(pose, wheelTravel.get(k, 0), wheelTravel.get(k, 1));
  const increment = next.sub(pose);
  if (slipFlags[k]) {
    applySlip(increment, 0.12);
  }
  pose = pose.add(increment);
  path.assign(k + 1, pose);
}

const stats = summarise(path);
const headingDeg = path.slice(":", 2).mul(180 / Math.PI);
headingDeg.isub(headingDeg.get(0));
console.log("wheel travel (m):", wheelTravel.tolist());
console.log("path:", path.tolist());
console.log("heading change (deg):", headingDeg.tolist());
console.log(`distance ${stats.distance.toFixed(3)} m, final heading ${stats.heading.toFixed(3)} rad`);
console.log("raw ticks, left total:", encoderLog.slice(":", 0).sum(), "right total:", encoderLog.slice(":", 1).sum());

// Mean wheel speeds over the log, to spot a left/right imbalance.
const CYCLE_S = 0.02;
const wheelSpeed = wheelTravel.div(CYCLE_S);
const meanSpeed = zeros(2);
for (let k = 0; k < wheelSpeed.shape[0]; k++) {
  meanSpeed.iadd(wheelSpeed.slice(k));
}
meanSpeed.idiv(wheelSpeed.shape[0]);
const imbalance = meanSpeed.get(1) - meanSpeed.get(0);
console.log("mean wheel speed (m/s):", meanSpeed.tolist(), "imbalance:", imbalance.toFixed(4));
