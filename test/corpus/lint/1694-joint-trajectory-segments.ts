// Joint-space trajectory planner: builds linear and smoothstep segments between waypoints and holds the base joint during transfer moves.
import { array, linspace, zeros, NDArray } from "ndalias";

function linearSegment(start: NDArray, goal: NDArray, steps: number): NDArray {
  const path = zeros([steps, start.size]);
  const delta = goal;
  delta.isub(start); // expect: no-alias-mutation
  for (let i = 0; i < steps; i++) {
    path.assign(String(i), start.add(delta.mul(i / (steps - 1))));
  }
  return path;
}

function smoothProfile(steps: number): NDArray {
  const s = linspace(0, 1, steps);
  const cubic = s.mul(s).mul(s.mul(-2).add(3));
  return cubic;
}

function profiledSegment(start: NDArray, goal: NDArray, steps: number): NDArray {
  const span = goal.sub(start);
  const profile = smoothProfile(steps);
  const path = zeros([steps, start.size]);
  for (let i = 0; i < steps; i++) {
    path.assign(String(i), start.add(span.mul(profile.get(i))));
  }
  return path;
}

function holdBaseJoint(path: NDArray, angle: number): void {
  const baseColumn = path.take([0], 1);
  baseColumn.fill(angle); // expect: no-lost-write
}

function clampJoint(path: NDArray, joint: number, lo: number, hi: number): void {
  for (let i = 0; i < path.shape[0]; i++) {
    const q = path.get(i, joint);
    if (q < lo) path.set([i, joint], lo);
    if (q > hi) path.set([i, joint], hi);
  }
}

function maxJointStep(path: NDArray): number {
  const steps = path.slice("1:").sub(path.slice(":-1"));
  let worst = 0;
  for (let i = 0; i < steps.size; i++) {
    worst = Math.max(worst, Math.abs(steps.data[i] as number));
  }
  return worst;
}

function concatenate(segments: NDArray[]): NDArray {
  const rows = segments.reduce((n, seg) => n + seg.shape[0], 0);
  const out = zeros([rows, segments[0].shape[1]]);
  let row = 0;
  for (const seg of segments) {
    out.assign(`${row}:${row + seg.shape[0]}`, seg);
    row += seg.shape[0];
  }
  return out;
}

const home = array([0, 0.5, -0.5]);
const pick = array([0.8, 1.1, -0.2]);
const place = array([-0.6, 0.9, 0.1]);

const approach = linearSegment(home, pick, 5);
const transfer = profiledSegment(pick, place, 6);
holdBaseJoint(transfer, pick.get(0));
clampJoint(transfer, 2, -0.3, 0.05);
const retreat = profiledSegment(place, home, 4);

const trajectory = concatenate([approach, transfer, retreat]);
console.log("trajectory rows:", trajectory.shape[0]);
console.log("largest joint step:", maxJointStep(trajectory).toFixed(3));
console.log("approach end:", approach.slice(-1).tolist());
console.log("transfer start:", transfer.slice(0).tolist());

const waypoints = [home, pick, place];
for (const [i, w] of waypoints.entries()) {
  console.log(`waypoint ${i}:`, w.tolist());
}

const tolerance = 1e-6;
const endError = transfer.slice(-1).sub(place);
const reached = Math.max(endError.max(), -endError.min()) < tolerance;
console.log("transfer reaches place pose:", reached);

const dwell = zeros([3, 3]);
dwell.assign(":", place);
const withDwell = concatenate([trajectory, dwell]);
console.log("with dwell:", withDwell.shape);
