// Six-position accelerometer calibration for a robot's IMU: estimates per-axis bias and scale, then corrects a live batch.
import { array, zeros, NDArray } from "ndalias";

const G = 9.80665;

// Mean readings with the robot resting on each face: +X, -X, +Y, -Y, +Z, -Z (rows) for axes X, Y, Z (columns).
const faceMeans = array([
  [9.93, 0.12, -0.05],
  [-9.71, 0.1, -0.02],
  [0.06, 9.88, 0.03],
  [0.04, -9.74, 0.01],
  [0.02, 0.09, 9.95],
  [0.05, 0.11, -9.69],
]);

function estimateBias(means: NDArray): NDArray {
  const bias = zeros(3);
  for (let axis = 0; axis < 3; axis++) {
    bias.set(axis, (means.get(2 * axis, axis) + means.get(2 * axis + 1, axis)) / 2);
  }
  return bias;
}

function estimateScale(means: NDArray): NDArray {
  const scale = zeros(3);
  for (let axis = 0; axis < 3; axis++) {
    scale.set(axis, (means.get(2 * axis, axis) - means.get(2 * axis + 1, axis)) / (2 * G));
  }
  return scale;
}

function crossAxisLeak(means: NDArray, bias: NDArray): number {
  let worst = 0;
  for (let face = 0; face < means.shape[0]; face++) {
    const axis = Math.floor(face / 2);
    for (let other = 0; other < 3; other++) {
      if (other !== axis) worst = Math.max(worst, Math.abs(means.get(face, other) - bias.get(other)));
    }
  }
  return worst;
}

/** Applies the calibration to a batch of samples (rows), in place. */
function correctBatch(samples: NDArray, bias: NDArray, scale: NDArray): void {
  samples.isub(bias);
  samples.idiv(scale);
}

const bias = estimateBias(faceMeans);
const scale = estimateScale(faceMeans);
console.log("bias (m/s^2):", bias.tolist(), "scale:", scale.tolist());
console.log("worst cross-axis leak:", crossAxisLeak(faceMeans, bias).toFixed(3));

// A batch of live samples; the per-axis view is only used for the raw report.
const live = array([
  [0.31, 0.15, 9.9],
  [0.28, 0.12, 9.93],
  [0.35, 0.1, 9.87],
  [0.3, 0.14, 9.91],
]);
const perAxis = live.T;
const rawSpread = zeros(3);
for (let axis = 0; axis < 3; axis++) {
  const column = perAxis.slice(axis);
  rawSpread.set(axis, column.max() - column.min());
}
console.log("raw per-axis spread:", rawSpread.tolist(), "raw mean Z:", perAxis.slice(2).mean().toFixed(3));

const rawBackup = live.copy();
correctBatch(live, bias, scale);
const correctedZ = live.slice(":", 2);
console.log("corrected Z:", correctedZ.tolist());

// Gravity-removed copy for vibration analysis, built by rebinding instead of writing the batch.
let vibration: NDArray = live;
vibration = vibration.sub(array([0, 0, G]));
vibration.imul(1000 / G);
console.log("vibration (mg):", vibration.tolist());

// Norm of each corrected sample compared with 1 g.
const normError = zeros(live.shape[0]);
for (let i = 0; i < live.shape[0]; i++) {
  const row = live.slice(i);
  normError.set(i, Math.sqrt(row.mul(row).sum()) - G);
}
console.log("norm error:", normError.tolist());
console.log("raw batch kept for the log:", rawBackup.tolist(), "corrected:", live.tolist());

// Tighter calibration with the faces re-measured after warm-up; the original face table stays intact.
const warmFaces = faceMeans.add(0.01);
warmFaces.slice(":", 2).isub(0.03);
console.log("warm bias:", estimateBias(warmFaces).tolist(), "cold bias:", estimateBias(faceMeans).tolist());
