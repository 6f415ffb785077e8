// Composes a calibration pipeline for raw sensor frames from small named stages and reports the calibrated, preview and raw frames.
// runnable
import { array, NDArray } from "ndalias";

type Stage = (frame: NDArray) => NDArray;

interface NamedStage {
  name: string;
  run: Stage;
}

const named = (name: string, run: Stage): NamedStage => ({ name, run });

const compose =
  (...stages: NamedStage[]): Stage =>
  (frame) =>
    stages.reduce((acc, stage) => stage.run(acc), frame);

const removeOffset = named("offset", (frame) => frame.sub(frame.min()));

const toUnitRange = named("unit", (frame) => frame.div(Math.max(frame.max(), 1e-9)));

const gain = (k: number): NamedStage => named(`gain(${k})`, (frame) => frame.mul(k));

const smooth3 = named("smooth3", (frame) => {
  const out = frame.copy();
  for (let i = 1; i < frame.size - 1; i++) {
    out.set(i, (frame.get(i - 1) + frame.get(i) + frame.get(i + 1)) / 3);
  }
  return out;
});

const clampLow = (floor: number): NamedStage =>
  named(`clampLow(${floor})`, (frame) => {
    const out = frame.copy();
    for (let i = 0; i < out.size; i++) {
      if (out.get(i) < floor) out.set(i, floor);
    }
    return out;
  });

const clampHigh = (ceiling: number): NamedStage =>
  named(`clampHigh(${ceiling})`, (frame) => {
    for (let i = 0; i < frame.size; i++) {
      if (frame.get(i) > ceiling) frame.set(i, ceiling); // expect: no-alias-mutation
    }
    return frame;
  });

function describe(stages: NamedStage[]): string {
  return stages.map((s) => s.name).join(" -> ");
}

function report(label: string, frame: NDArray): void {
  const lo = frame.min();
  const hi = frame.max();
  const percent = frame.sub(lo);
  percent.imul(100 / Math.max(hi - lo, 1e-9)); // expect: no-lost-write
  console.log(`${label}: mean=${frame.mean().toFixed(3)} range=[${lo.toFixed(2)}, ${hi.toFixed(2)}]`);
}

function energy(frame: NDArray): number {
  return frame.mul(frame).sum();
}

const calibrationStages = [removeOffset, gain(2.5), clampHigh(8), smooth3];
const previewStages = [clampHigh(5), clampLow(1), toUnitRange];
const calibrate = compose(...calibrationStages);
const preview = compose(...previewStages);

console.log("calibration:", describe(calibrationStages));
console.log("preview:", describe(previewStages));

const raw = array([0.4, 2.2, 7.9, 3.1, 9.6, 1.8, 6.5, 0.9]);
const rawPeak = raw.max();
const rawEnergy = energy(raw);

const calibrated = calibrate(raw);
const thumbnail = preview(raw);

report("calibrated", calibrated);
report("preview", thumbnail);
report("raw", raw);
console.log("raw peak before processing:", rawPeak, "now:", raw.max());
console.log("raw energy before:", rawEnergy.toFixed(2), "now:", energy(raw).toFixed(2));
console.log("raw samples:", raw.tolist());

const batch = [array([1, 12, 3, 4]), array([0.5, 0.5, 9, 2]), array([3, 3, 3, 3])];
const calibratedBatch = batch.map((frame) => calibrate(frame));
calibratedBatch.forEach((frame, i) => report(`batch frame ${i}`, frame));
const loudest = calibratedBatch.reduce((best, frame) => (energy(frame) > energy(best) ? frame : best));
console.log("loudest calibrated frame:", loudest.tolist());
