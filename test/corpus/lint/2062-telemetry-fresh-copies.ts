// Telemetry builder: derives millivolt frames, a sorted cell ranking, hot-sensor excess and temperature-compensated OCV from the pack state.
import { array, zeros, NDArray } from "ndalias";

const OCV_TEMP_COEFF = -0.0004;

function toMillivolts(pack: NDArray): NDArray {
  const mv = pack.astype("float32");
  mv.imul(1000);
  return mv;
}

function rankedCells(pack: NDArray): NDArray {
  const ranked = pack.flatten();
  ranked.sort();
  return ranked;
}

function hotExcess(temps: NDArray, sensors: number[], ambient: number): number {
  const selected = temps.take(sensors);
  selected.isub(ambient);
  return selected.max();
}

function compensatedOcv(ocv: NDArray, temps: NDArray): NDArray {
  const out = temps.sub(25);
  out.imul(OCV_TEMP_COEFF);
  out.iadd(ocv);
  return out;
}

function quantise(frame: NDArray, lsb: number): number[] {
  const q = frame.div(lsb);
  for (let i = 0; i < q.size; i++) {
    q.data[i] = Math.round(q.data[i] as number);
  }
  return q.tolist() as number[];
}

function percentile(sorted: NDArray, p: number): number {
  const idx = Math.min(sorted.size - 1, Math.floor(p * sorted.size));
  return sorted.get(idx);
}

const pack = array([
  [3.712, 3.705, 3.731],
  [3.698, 3.744, 3.709],
  [3.721, 3.716, 3.702],
]);
const temps = array([31.2, 33.8, 29.9]);
const moduleOcv = array([3.71, 3.72, 3.715]);

const frameMv = toMillivolts(pack);
console.log("frame (mV):", frameMv.tolist());
console.log("quantised 4 mV:", quantise(frameMv.reshape(9), 4));

const ranked = rankedCells(pack);
console.log("p10 / p50 / p90:", percentile(ranked, 0.1), percentile(ranked, 0.5), percentile(ranked, 0.9));

console.log("hot excess over ambient:", hotExcess(temps, [0, 1], 25).toFixed(1));

const ocvComp = compensatedOcv(moduleOcv, temps);
console.log("compensated OCV:", ocvComp.tolist());

// Deviation of every cell from the module mean, in millivolts.
const deviations = pack.sub(pack.mean());
deviations.imul(1000);
for (let m = 0; m < deviations.shape[0]; m++) {
  console.log(`module ${m} deviation (mV):`, deviations.slice(m).tolist());
}

// A normalised copy for the plotter.
const normalised = pack.copy();
normalised.isub(pack.min());
normalised.idiv(pack.max() - pack.min());
console.log("normalised:", normalised.tolist());

// Per-module min cell as a compact status word.
const statusWord = zeros(pack.shape[0], "uint16");
for (let m = 0; m < pack.shape[0]; m++) {
  statusWord.set(m, Math.round(pack.slice(m).min() * 1000));
}
console.log("status word:", statusWord.tolist());

console.log("pack unchanged:", pack.tolist());
