// First-person camera: builds the view matrix from yaw, pitch and position, and computes a shaken eye position for the renderer.
import { eye, array, NDArray } from "ndalias";

const VIEW_SCRATCH = eye(4);
const WORLD_UP = array([0, 1, 0]);

function cross(a: NDArray, b: NDArray): NDArray {
  return array([
    a.get(1) * b.get(2) - a.get(2) * b.get(1),
    a.get(2) * b.get(0) - a.get(0) * b.get(2),
    a.get(0) * b.get(1) - a.get(1) * b.get(0),
  ]);
}

function normalize(v: NDArray): NDArray {
  return v.div(Math.sqrt(v.mul(v).sum()));
}

function dot(a: NDArray, b: NDArray): number {
  return a.mul(b).sum();
}

export function viewMatrix(position: NDArray, yaw: number, pitch: number): NDArray {
  const forward = array([
    Math.cos(pitch) * Math.sin(yaw),
    Math.sin(pitch),
    -Math.cos(pitch) * Math.cos(yaw),
  ]);
  const right = normalize(cross(forward, WORLD_UP));
  const up = cross(right, forward);
  const rows = array([
    [right.get(0), right.get(1), right.get(2), -dot(right, position)],
    [up.get(0), up.get(1), up.get(2), -dot(up, position)],
    [-forward.get(0), -forward.get(1), -forward.get(2), dot(forward, position)],
    [0, 0, 0, 1],
  ]);
  const view = VIEW_SCRATCH;
  view.assign(":", rows); // expect: no-alias-mutation
  return view;
}

export function shakenEye(position: NDArray, time: number, amplitude: number): NDArray {
  const offset = array([
    Math.sin(time * 37.0) * amplitude,
    Math.sin(time * 53.0 + 1.3) * amplitude,
    0,
  ]);
  const shaken = position.copy();
  shaken.iadd(offset); // expect: no-lost-write
  return position;
}

const eyePos = array([0, 1.7, 5]);
const eyeNow = shakenEye(eyePos, 0.25, 0.02);
const v1 = viewMatrix(eyeNow, 0, 0);
const firstFrame = v1.copy();
const v2 = viewMatrix(eyeNow, Math.PI / 8, -0.1);
console.log("frame 1 view:", JSON.stringify(firstFrame.tolist()));
console.log("frame 2 view:", JSON.stringify(v2.tolist()));
console.log("default view untouched?", VIEW_SCRATCH.get(0, 0) === 1);
