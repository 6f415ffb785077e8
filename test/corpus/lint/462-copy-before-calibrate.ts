// Calibrates a batch of two-channel sensor readings in place after keeping a raw copy, then prints raw and calibrated statistics.
// runnable
import { array, NDArray } from "ndalias";

type Calibration = { offset?: number | NDArray; gain?: number | NDArray };

function calibrate(x: NDArray, cal: Calibration = {}): void {
  const { offset = 0, gain = 1 } = cal;
  if (offset instanceof NDArray) x.isub(offset);
  else x.isub(offset);
  if (typeof gain === "number") x.imul(gain);
  else x.imul(gain);
}

function channelMeans(x: NDArray): number[] {
  const out: number[] = [];
  for (let c = 0; c < x.shape[1]; c++) out.push(x.slice(":", c).mean());
  return out;
}

function loadCalibration(argv: string[]): Calibration {
  const flag = argv.find((a) => a.startsWith("--gain="));
  const g = flag ? Number(flag.slice("--gain=".length)) : NaN;
  return { offset: array([0.2, 0.01]), gain: Number.isFinite(g) ? g : array([1.0, 100]) };
}

const readings = array([
  [10.2, 0.51],
  [9.8, 0.49],
  [10.5, 0.52],
]);

const raw = readings.copy();
const firstSample = readings.slice(0);
let preview: NDArray | null = readings.T;
console.log("first sample before calibration:", firstSample.tolist());
console.log("transposed preview:", preview.tolist());
preview = null;

calibrate(readings, loadCalibration(process.argv));

const secondChannel = readings.slice(":", 1);
console.log("calibrated second channel:", secondChannel.tolist());

const drift = readings.sub(raw);
drift.imul(-1);
console.log("correction applied:", drift.tolist());
console.log("raw means:", channelMeans(raw), "calibrated means:", channelMeans(readings));

readings.imul(1.05);
console.log("final:", readings.tolist(), "raw total:", raw.sum(), "preview cleared:", preview === null);
