// Stereo pair preprocessing: balances the gain of the darker camera, converts both views to CHW for the disparity network and logs exposure.
import { zeros, NDArray } from "ndalias";

interface StereoPair {
  left: NDArray;
  right: NDArray;
  baselineMm: number;
}

function captureView(h: number, w: number, gain: number, shift: number): NDArray {
  const img = zeros([h, w, 3], "float32");
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = gain * (50 + 4 * ((x + shift) % w) + 2 * y);
      img.set([y, x, 0], v);
      img.set([y, x, 1], v * 0.9);
      img.set([y, x, 2], v * 0.8);
    }
  }
  return img;
}

function luminance(img: NDArray): number {
  const r = img.slice("..., 0").mean();
  const g = img.slice("..., 1").mean();
  const b = img.slice("..., 2").mean();
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

function toChw(img: NDArray): NDArray {
  return img.transpose(2, 0, 1).copy();
}

function census(img: NDArray, y: number, x: number): number {
  const centre = img.get(y, x, 1);
  let code = 0;
  for (const [dy, dx] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    code = (code << 1) | (img.get(y + dy, x + dx, 1) < centre ? 1 : 0);
  }
  return code;
}

function rowCorrelation(a: NDArray, b: NDArray, row: number): number {
  const ra = a.slice(row, ":", 1);
  const rb = b.slice(row, ":", 1);
  const da = ra.sub(ra.mean());
  const db = rb.sub(rb.mean());
  const denom = Math.sqrt(da.mul(da).sum() * db.mul(db).sum()) || 1;
  return da.mul(db).sum() / denom;
}

const pair: StereoPair = {
  left: captureView(6, 8, 1.0, 0),
  right: captureView(6, 8, 0.7, 2),
  baselineMm: 120,
};

const lumaLeft = luminance(pair.left);
const lumaRight = luminance(pair.right);
console.log(`luma L=${lumaLeft.toFixed(1)} R=${lumaRight.toFixed(1)} baseline=${pair.baselineMm}mm`);

// the network is trained on balanced pairs: lift the darker camera to the brighter one
const { left, right } = pair;
const darker = lumaLeft < lumaRight ? left : right;
const ratio = Math.max(lumaLeft, lumaRight) / Math.min(lumaLeft, lumaRight);
darker.imul(ratio); // expect: no-alias-mutation

const networkInput = [toChw(left), toChw(right)];
console.log("network input shapes:", networkInput.map((t) => t.shape.join("x")).join(" | "));

// the exposure controller must see what the sensors actually delivered
console.log("sensor luma:", luminance(pair.left).toFixed(1), luminance(pair.right).toFixed(1));

// census codes on the green plane of the balanced views
const codes: number[] = [];
for (let x = 1; x < 7; x++) codes.push(census(left, 3, x) ^ census(right, 3, x));
console.log("census xor row 3:", codes.join(","));
console.log("epipolar row correlation:", rowCorrelation(left, right, 2).toFixed(3));

// a planar debug dump of the left camera: a transposed view, then the sensor is overwritten by the next frame
const leftPlanar = left.transpose(2, 0, 1);
const nextLeft = captureView(6, 8, 1.05, 1);
left.assign("...", nextLeft); // expect: no-view-mutation
console.log("debug plane 0 row 0:", leftPlanar.slice(0, 0).tolist());
