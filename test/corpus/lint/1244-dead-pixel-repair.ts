// Sensor defect handling for a line-scan camera: masks dead rows, rescales to unit range and builds a per-column defect profile.
import { array, zeros, NDArray } from "ndalias";

interface DefectMap {
  deadRows: number[];
  hotPixels: Array<[number, number]>;
}

function captureFrame(rows: number, cols: number): NDArray {
  const raw = zeros([rows, cols], "uint16");
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      raw.set([r, c], 1000 + ((r * 97 + c * 13) % 2000));
    }
  }
  return raw;
}

function findDeadRows(frame: NDArray, threshold: number): number[] {
  const dead: number[] = [];
  for (let r = 0; r < frame.shape[0]; r++) {
    if (frame.slice(r).max() < threshold) dead.push(r);
  }
  return dead;
}

function findHotPixels(frame: NDArray, limit: number): Array<[number, number]> {
  const hot: Array<[number, number]> = [];
  for (let r = 0; r < frame.shape[0]; r++) {
    for (let c = 0; c < frame.shape[1]; c++) {
      if (frame.get(r, c) > limit) hot.push([r, c]);
    }
  }
  return hot;
}

/** Zeroes dead rows and hot pixels of the frame in place. */
function maskDefects(frame: NDArray, defects: DefectMap): void {
  if (defects.deadRows.length > 0) {
    frame.take(defects.deadRows, 0).fill(0); // expect: no-lost-write
  }
  for (const [r, c] of defects.hotPixels) {
    frame.set([r, c], 0);
  }
}

/** Converts the 12-bit counts to the unit range in place. */
function toUnitRange(frame: NDArray): void {
  const scaled = frame.astype("float64");
  scaled.idiv(4095); // expect: no-lost-write
}

function columnProfile(frame: NDArray): NDArray {
  const cols = frame.shape[1];
  const profile = zeros(cols);
  for (let c = 0; c < cols; c++) {
    profile.set(c, frame.slice(":", c).mean());
  }
  return profile;
}

function defectRatio(frame: NDArray): number {
  const flat = frame.flatten();
  let zerosSeen = 0;
  for (let i = 0; i < flat.size; i++) {
    if (flat.get(i) === 0) zerosSeen++;
  }
  return zerosSeen / flat.size;
}

const frame = captureFrame(8, 10);
frame.slice(3).fill(2);
frame.set([5, 7], 4090);

const defects: DefectMap = {
  deadRows: findDeadRows(frame, 50),
  hotPixels: findHotPixels(frame, 4000),
};
console.log("dead rows:", defects.deadRows, "hot pixels:", defects.hotPixels);

maskDefects(frame, defects);
toUnitRange(frame);

const profile = columnProfile(frame);
const normalisedProfile = profile.div(profile.max());
normalisedProfile.isub(normalisedProfile.mean());
console.log("column profile (centred):", normalisedProfile.tolist());
console.log("defect ratio:", defectRatio(frame).toFixed(3));

const reference = array([1500, 1510, 1490, 1505, 1500, 1495, 1502, 1498, 1501, 1499]);
const deviation = profile.sub(reference);
deviation.imul(deviation);
console.log("squared deviation from reference:", deviation.sum().toFixed(1));
