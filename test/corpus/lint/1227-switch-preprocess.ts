// Preprocesses feature batches by mode in a switch, and splits off a calibration block whose raw maximum is reported.
import { array, NDArray } from "ndalias";

export type Mode = "center" | "scale" | "clip" | "sorted" | "none";

export function prepareBatch(raw: NDArray, mode: Mode): NDArray {
  let batch: NDArray = raw;
  switch (mode) {
    case "center": {
      batch = raw.sub(raw.mean());
      break;
    }
    case "scale": {
      batch = raw.copy();
      const spread = batch.max() - batch.min();
      if (spread === 0) break;
      batch.isub(batch.min());
      batch.idiv(spread);
      break;
    }
    case "clip": {
      batch = raw.copy();
      for (let i = 0; i < batch.size; i++) {
        const v = batch.get(i);
        if (v > 3) batch.set(i, 3);
        else if (v < -3) batch.set(i, -3);
      }
      break;
    }
    case "sorted": {
      // downstream ranking needs the samples in ascending order
      raw.flatten().sort(); // expect: no-lost-write
      break;
    }
    case "none":
    default:
      break;
  }
  return batch;
}

export function describeMode(mode: Mode): string {
  switch (mode) {
    case "center":
      return "subtract the batch mean";
    case "scale":
      return "min-max scale to [0, 1]";
    case "clip":
      return "clip to [-3, 3]";
    case "sorted":
      return "sort ascending";
    default:
      return "leave as is";
  }
}

export interface Split {
  calibrationMax: number;
  calibrationMean: number;
  rest: NDArray;
}

export function splitCalibration(samples: NDArray, nCal: number): Split {
  const data = samples.copy();
  const calib = data.slice(`:${nCal}`);
  const calMean = calib.mean();
  data.isub(calMean); // expect: no-view-mutation
  return {
    calibrationMax: calib.max(),
    calibrationMean: calMean,
    rest: data.slice(`${nCal}:`),
  };
}

export function robustSpread(samples: NDArray): number {
  const sorted = samples.flatten();
  sorted.sort();
  const lo = sorted.get(Math.floor(sorted.size * 0.1));
  const hi = sorted.get(Math.floor(sorted.size * 0.9));
  return hi - lo;
}

const features = array([4.5, -1.2, 3.8, 0.4, -4.1, 2.2, 0.9, -0.3]);
const modes: Mode[] = ["center", "scale", "clip", "sorted", "none"];

for (const mode of modes) {
  const prepared = prepareBatch(features, mode);
  console.log(mode.padEnd(7), describeMode(mode).padEnd(24), prepared.tolist());
}

const split = splitCalibration(features, 3);
console.log("calibration mean:", split.calibrationMean.toFixed(3));
console.log("calibration max:", split.calibrationMax.toFixed(3));
console.log("rest after centring:", split.rest.tolist());
console.log("robust spread:", robustSpread(features).toFixed(3));
console.log("features untouched:", features.tolist());
