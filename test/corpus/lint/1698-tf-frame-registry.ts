// Transform registry for a robot's coordinate frames: stores each frame's transform in an object-dtype table, publishes poses in degrees and tears down.
// runnable
import { array, empty, eye, zeros, memoryStats, NDArray } from "ndalias";

const FRAME_NAMES = ["map", "odom", "base_link", "lidar"];
const frames = empty(FRAME_NAMES.length, "object");
const poses = zeros([FRAME_NAMES.length, 3]);

function frameIndex(name: string): number {
  const i = FRAME_NAMES.indexOf(name);
  if (i < 0) throw new Error(`unknown frame ${name}`);
  return i;
}

function makeTransform(x: number, y: number, yaw: number): NDArray {
  const T = eye(3);
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  T.assign(":2, :2", array([[c, -s], [s, c]]));
  T.set([0, 2], x);
  T.set([1, 2], y);
  return T;
}

function registerFrame(name: string, x: number, y: number, yaw: number): void {
  const i = frameIndex(name);
  poses.assign(String(i), array([x, y, yaw]));
  frames.set(i, makeTransform(x, y, yaw));
}

function lookupTranslation(name: string): number[] {
  const T: NDArray = frames.get(frameIndex(name));
  return [T.get(0, 2), T.get(1, 2)];
}

function relativePose(from: string, to: string): NDArray {
  const a = poses.slice(frameIndex(from));
  const b = poses.slice(frameIndex(to));
  return b.sub(a);
}

function matmul(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.shape[0], b.shape[1]]);
  for (let i = 0; i < a.shape[0]; i++) {
    for (let j = 0; j < b.shape[1]; j++) {
      let acc = 0;
      for (let k = 0; k < a.shape[1]; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function applyOdometry(name: string, dx: number, dy: number, dyaw: number): void {
  const i = frameIndex(name);
  const yaw = poses.get(i, 2);
  poses.set([i, 0], poses.get(i, 0) + dx * Math.cos(yaw) - dy * Math.sin(yaw));
  poses.set([i, 1], poses.get(i, 1) + dx * Math.sin(yaw) + dy * Math.cos(yaw));
  poses.set([i, 2], yaw + dyaw);
  frames.set(i, makeTransform(poses.get(i, 0), poses.get(i, 1), poses.get(i, 2)));
}

function chainTransform(names: string[]): NDArray {
  let T = eye(3);
  for (const name of names) {
    const local: NDArray = frames.get(frameIndex(name));
    T = matmul(T, local);
  }
  return T;
}

registerFrame("odom", 0.3, -0.1, 0.05);
registerFrame("base_link", 1.8, 0.6, 0.42);
registerFrame("lidar", 1.95, 0.6, 0.42);

// The map frame is the root of the tree and owns every other frame.
frames.set(frameIndex("map"), frames); // expect: no-reference-cycle

applyOdometry("base_link", 0.1, 0.0, 0.02);
applyOdometry("lidar", 0.1, 0.0, 0.02);

const lidarInOdom = chainTransform(["base_link", "lidar"]);
console.log("lidar in odom (chained):", lidarInOdom.tolist());
console.log("base_link translation:", lookupTranslation("base_link"));
console.log("lidar relative to base_link:", relativePose("base_link", "lidar").tolist());

const lidarOffset = poses.take([3], 0);
lidarOffset.isub(poses.take([2], 0));
console.log("lidar mounting offset:", lidarOffset.tolist());

// The dashboard expects headings in degrees.
poses.take([2], 1).imul(180 / Math.PI); // expect: no-lost-write
console.log("published poses:", poses.tolist());

const headingsDeg = poses.slice(":", 2).mul(180 / Math.PI);
console.log("headings (deg):", headingsDeg.tolist());

const statsBefore = memoryStats();
console.log("storages before teardown:", statsBefore.storages);
frames.dispose();
poses.dispose();
const statsAfter = memoryStats();
console.log("storages after teardown:", statsAfter.storages, "bytes:", statsAfter.bytes);
