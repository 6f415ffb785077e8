// Registers the two cameras of a stereo rig as object-dtype records, draws an operator overlay and reports the rig's memory use.
// runnable
import { array, empty, eye, zeros, memoryStats, refcount, NDArray } from "ndalias";

const INTRINSICS = 0;
const DISTORTION = 1;
const PEER = 2;

function intrinsics(fx: number, fy: number, cx: number, cy: number): NDArray {
  const k = eye(3);
  k.set([0, 0], fx);
  k.set([1, 1], fy);
  k.set([0, 2], cx);
  k.set([1, 2], cy);
  return k;
}

function cameraRecord(k: NDArray, dist: number[]): NDArray {
  const rec = empty(3, "object");
  rec.set(INTRINSICS, k);
  rec.set(DISTORTION, array(dist));
  rec.set(PEER, null);
  return rec;
}

function pairCameras(left: NDArray, right: NDArray): void {
  left.set(PEER, right);
  right.set(PEER, left); // expect: no-reference-cycle
}

function project(k: NDArray, point: [number, number, number]): [number, number] {
  const [x, y, z] = point;
  return [k.get(0, 0) * (x / z) + k.get(0, 2), k.get(1, 1) * (y / z) + k.get(1, 2)];
}

function renderFrame(h: number, w: number, seed: number): NDArray {
  const frame = zeros([h, w], "uint8");
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      frame.set([y, x], (seed + 29 * x + 7 * y) % 200);
    }
  }
  return frame;
}

function cornerResponse(img: NDArray): number {
  const tl = img.slice(":2, :2").sum();
  const br = img.slice("-2:, -2:").sum();
  return Math.abs(tl - br);
}

function describe(name: string, rec: NDArray): string {
  const k = rec.get(INTRINSICS) as NDArray;
  const dist = rec.get(DISTORTION) as NDArray;
  return `${name}: f=(${k.get(0, 0)}, ${k.get(1, 1)}) c=(${k.get(0, 2)}, ${k.get(1, 2)}) k1=${dist.get(0)}`;
}

const leftCam = cameraRecord(intrinsics(420, 420, 160, 120), [-0.12, 0.03, 0, 0]);
const rightCam = cameraRecord(intrinsics(418, 421, 158, 121), [-0.11, 0.02, 0, 0]);
pairCameras(leftCam, rightCam);
console.log(describe("left", leftCam));
console.log(describe("right", rightCam));

const landmark: [number, number, number] = [0.4, -0.1, 2.5];
const kLeft = leftCam.get(INTRINSICS) as NDArray;
const kRight = rightCam.get(INTRINSICS) as NDArray;
const [ul, vl] = project(kLeft, landmark);
const [ur, vr] = project(kRight, [landmark[0] - 0.12, landmark[1], landmark[2]]);
console.log(`landmark: left (${ul.toFixed(1)}, ${vl.toFixed(1)}) right (${ur.toFixed(1)}, ${vr.toFixed(1)})`);
console.log("disparity:", (ul - ur).toFixed(2), "px");

// the operator monitor shows the right camera mirrored, with a marker in its top-right corner
const rightFrame = renderFrame(6, 8, 11);
const responseBefore = cornerResponse(rightFrame);
const mirrored = rightFrame.flip(1);
mirrored.set([0, 7], 255); // expect: no-view-mutation
console.log("monitor top row:", mirrored.slice(0).tolist());

// the feature tracker keeps working on the sensor frame
const responseAfter = cornerResponse(rightFrame);
console.log("corner response:", responseBefore, "->", responseAfter);

console.log("references to left record:", refcount(leftCam), "right record:", refcount(rightCam));
leftCam.dispose();
rightCam.dispose();
const stats = memoryStats();
console.log(`after release: storages=${stats.storages} handles=${stats.handles} bytes=${stats.bytes}`);
