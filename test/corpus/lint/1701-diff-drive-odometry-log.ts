// Wheel odometry for a differential-drive robot: integrates encoder ticks into a pose, logs the pose history and prints views of the final track.
import { array, zeros, NDArray } from "ndalias";

const WHEEL_RADIUS = 0.05;
const TRACK_WIDTH = 0.3;
const TICKS_PER_REV = 1024;

function ticksToDistance(ticks: number): number {
  return (2 * Math.PI * WHEEL_RADIUS * ticks) / TICKS_PER_REV;
}

function integrate(pose: NDArray, leftTicks: number, rightTicks: number): void {
  const dl = ticksToDistance(leftTicks);
  const dr = ticksToDistance(rightTicks);
  const ds = (dl + dr) / 2;
  const dtheta = (dr - dl) / TRACK_WIDTH;
  const heading = pose.get(2) + dtheta / 2;
  pose.iadd(array([ds * Math.cos(heading), ds * Math.sin(heading), dtheta]));
}

function pathLength(history: NDArray): number {
  const steps = history.slice("1:", ":2").sub(history.slice(":-1", ":2"));
  let total = 0;
  for (let i = 0; i < steps.shape[0]; i++) total += Math.hypot(steps.get(i, 0), steps.get(i, 1));
  return total;
}

function wrapAngle(theta: number): number {
  return Math.atan2(Math.sin(theta), Math.cos(theta));
}

const encoderLog = array([
  [100, 100],
  [120, 140],
  [130, 160],
  [150, 150],
  [160, 120],
  [140, 110],
  [100, 100],
]);

const pose = zeros(3);
const startPosition = pose.slice(":2");
console.log("start position:", startPosition.tolist());
const startSnapshot = pose.copy();

const history = zeros([encoderLog.shape[0] + 1, 3]);
history.assign("0", pose);
for (let k = 0; k < encoderLog.shape[0]; k++) {
  integrate(pose, encoderLog.get(k, 0), encoderLog.get(k, 1));
  pose.set(2, wrapAngle(pose.get(2)));
  history.assign(String(k + 1), pose);
}

const track = history.slice(":", ":2");
const headings = history.slice(":", 2);
const finalPose = history.slice(-1);
console.log("track:", track.tolist());
console.log("headings:", headings.tolist());
console.log("final pose:", finalPose.tolist(), "path length:", pathLength(history).toFixed(3));

const headingsDeg = headings.copy();
headingsDeg.imul(180 / Math.PI);
console.log("headings (deg):", headingsDeg.tolist());

const displacement = pose.sub(startSnapshot);
console.log("net displacement:", displacement.slice(":2").tolist());

const drift = pose.slice(":2");
console.log("drift before loop-closure:", Math.hypot(drift.get(0), drift.get(1)).toFixed(4));
pose.slice(":2").fill(0);
const corrected = pose.view();
console.log("pose after loop-closure:", corrected.tolist());

const odometryCovariance = zeros([3, 3]);
const travelled = pathLength(history);
odometryCovariance.set([0, 0], 0.01 * travelled);
odometryCovariance.set([1, 1], 0.01 * travelled);
odometryCovariance.set([2, 2], 0.02 * Math.abs(pose.get(2)));
console.log("odometry covariance:", odometryCovariance.tolist());

const reversed = history.flip(0);
console.log("replay order first row:", reversed.slice(0).tolist());
console.log("history rows:", history.shape[0], "final heading:", pose.get(2).toFixed(4));
