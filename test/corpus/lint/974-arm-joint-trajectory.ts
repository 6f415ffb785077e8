// Joint-space trajectory for a 4-DOF arm: interpolates keyframes, enforces joint limits, locks the wrist and checks velocities.
// runnable
import { array, zeros, NDArray } from "ndalias";

const limits = array([
  [-2.9, 2.9],
  [-1.8, 1.8],
  [-2.5, 2.5],
  [-3.1, 3.1],
]);

const keyframes = array([
  [0.0, 0.0, 0.0, 0.0],
  [0.8, -0.6, 1.2, 0.4],
  [1.6, -1.2, 2.7, 0.9],
  [1.1, -0.4, 1.5, -0.3],
]);

function smoothstep(s: number): number {
  return s * s * (3 - 2 * s);
}

function interpolate(frames: NDArray, stepsPerSegment: number): NDArray {
  const segments = frames.shape[0] - 1;
  const traj = zeros([segments * stepsPerSegment + 1, frames.shape[1]]);
  for (let seg = 0; seg < segments; seg++) {
    const a = frames.slice(seg);
    const b = frames.slice(seg + 1);
    for (let k = 0; k < stepsPerSegment; k++) {
      const s = smoothstep(k / stepsPerSegment);
      traj.assign(seg * stepsPerSegment + k, a.mul(1 - s).add(b.mul(s)));
    }
  }
  traj.assign(-1, frames.slice(-1));
  return traj;
}

// Clamps every waypoint of `traj` into the joint limits, in place; returns nothing.
function enforceLimits(traj: NDArray, lim: NDArray): void {
  for (let t = 0; t < traj.shape[0]; t++) {
    for (let j = 0; j < traj.shape[1]; j++) {
      const q = traj.get(t, j);
      traj.set([t, j], Math.min(lim.get(j, 1), Math.max(lim.get(j, 0), q)));
    }
  }
}

function velocities(traj: NDArray, dt: number): NDArray {
  const vel = traj.slice("1:").sub(traj.slice(":-1"));
  vel.idiv(dt);
  return vel;
}

function peakPerJoint(values: NDArray): NDArray {
  const peak = zeros(values.shape[1]);
  for (let j = 0; j < values.shape[1]; j++) {
    const column = values.slice(":", j);
    peak.set(j, Math.max(column.max(), -column.min()));
  }
  return peak;
}

const dt = 0.05;
const traj = interpolate(keyframes, 5);

// Report the planned start before any post-processing.
const startPose = traj.slice(0);
console.log("planned start:", startPose.tolist(), "samples:", traj.shape[0]);

enforceLimits(traj, limits);
traj.slice(":", 3).fill(0);
traj.slice("-1:").assign(":", traj.slice(-2).copy());

const endPose = traj.slice(-1);
console.log("end pose after post-processing:", endPose.tolist());

const vel = velocities(traj, dt);
const peak = peakPerJoint(vel);
const maxVel = array([2.0, 2.0, 2.5, 3.0]);
const over = peak.sub(maxVel);
let slowdown = 1;
for (let j = 0; j < over.size; j++) {
  if (over.get(j) > 0) slowdown = Math.max(slowdown, peak.get(j) / maxVel.get(j));
}
console.log("peak joint speeds:", peak.tolist(), "time scaling:", slowdown.toFixed(2));

// Scaled timing goes into a fresh copy; the planned trajectory stays as it is.
const retimed = vel.copy();
retimed.idiv(slowdown);
console.log("retimed peaks:", peakPerJoint(retimed).tolist());
console.log("trajectory (rad):", traj.tolist());
