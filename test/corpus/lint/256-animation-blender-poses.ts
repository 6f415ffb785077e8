// An animation blender: cross-fades locomotion clips by speed, strips root motion, layers an additive lean and samples bone subsets.
import { array, NDArray } from "ndalias";

const idle = array([[0, 1, 0], [0, 2, 0], [0.1, 3, 0], [-0.1, 3, 0]]);
const walk = array([[0.5, 1, 0.2], [0, 2.1, 0.1], [0.3, 3, 0], [-0.3, 3, 0]]);
const run = array([[1.2, 0.9, 0.4], [0, 2.2, 0.3], [0.6, 2.9, 0], [-0.6, 2.9, 0]]);
const lean = array([[0, 0, 0], [0.1, 0, 0], [0.2, 0, 0], [0.2, 0, 0]]);

function blend(a: NDArray, b: NDArray, t: number): NDArray {
  return a.mul(1 - t).add(b.mul(t));
}

function locomotionPose(speed: number): NDArray {
  const pose = speed > 0.05 ? blend(walk, run, Math.min(1, speed)) : idle;
  pose.assign("0", array([0, 0, 0])); // expect: no-alias-mutation
  return pose;
}

function applyAdditive(pose: NDArray, additive: NDArray, weight: number): void {
  const flat = pose.flatten();
  flat.iadd(additive.flatten().mul(weight)); // expect: no-lost-write
}

function clampHeights(pose: NDArray, floor: number): void {
  for (let b = 0; b < pose.shape[0]; b++) {
    if (pose.get(b, 1) < floor) pose.set([b, 1], floor);
  }
}

function upperBody(pose: NDArray, scale: number): NDArray {
  const arms = pose.take([2, 3], 0);
  arms.imul(scale);
  return arms;
}

function crossfade(from: NDArray, to: NDArray, steps: number): NDArray[] {
  const frames: NDArray[] = [];
  for (let s = 1; s <= steps; s++) {
    const frame = blend(from, to, s / steps);
    clampHeights(frame, 0.95);
    frames.push(frame);
  }
  return frames;
}

const standing = locomotionPose(0);
const jogging = locomotionPose(0.6);
applyAdditive(jogging, lean, 0.5);
const fade = crossfade(standing, jogging, 3);
console.log("fade frames:", fade.map((f) => f.slice(0).tolist()));
console.log("upper body:", upperBody(jogging, 1.1).tolist(), "jog root:", jogging.slice(0).tolist());
console.log("idle clip:", idle.tolist(), "walk clip sum:", walk.sum());
