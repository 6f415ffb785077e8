// Streams vibration frames through generator stages (calibration, edge taper, indexing), clips each frame for the alarm check and prints energies and the peak log.
// runnable
import { array, zeros, NDArray } from "ndalias";

const FRAME_COUNT = 4;
const ALARM_LEVEL = 2.5;

interface IndexedFrame {
  index: number;
  frame: NDArray;
}

function* vibrationFrames(count: number): Generator<NDArray> {
  for (let k = 0; k < count; k++) {
    const phase = k * 0.7;
    yield array([
      Math.sin(phase) * 2,
      Math.sin(phase + 0.4) * 3,
      Math.cos(phase) * 4,
      Math.sin(phase + 1.1) * 3,
      Math.cos(phase + 0.2) * 2,
      Math.sin(phase + 2.0),
    ]);
  }
}

function* calibrate(source: Iterable<NDArray>, offset: number, gain: number): Generator<NDArray> {
  for (const raw of source) {
    const corrected = raw.sub(offset);
    corrected.imul(gain);
    yield corrected;
  }
}

function* taperEdges(source: Iterable<NDArray>, factor: number): Generator<NDArray> {
  for (const frame of source) {
    // first and last sample of a six-sample frame
    const edges = frame.slice("::5");
    edges.imul(factor); // expect: no-view-mutation
    yield frame;
  }
}

function* indexed(source: Iterable<NDArray>): Generator<IndexedFrame> {
  let index = 0;
  for (const frame of source) {
    yield { index, frame };
    index++;
  }
}

function* runningMean(values: Iterable<number>): Generator<number> {
  let total = 0;
  let count = 0;
  for (const v of values) {
    total += v;
    count++;
    yield total / count;
  }
}

function describe(label: string, values: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < values.size; i++) {
    parts.push(values.get(i).toFixed(2));
  }
  return `${label}: [${parts.join(", ")}]`;
}

const peakLog = zeros(FRAME_COUNT);
const energies: number[] = [];
let alarms = 0;

const stages = indexed(taperEdges(calibrate(vibrationFrames(FRAME_COUNT), 0.1, 1.5), 0.5));

for (const { index, frame } of stages) {
  peakLog.set(index, frame.max());
  console.log(describe(`frame ${index}`, frame));

  // limit the frame to the alarm level before computing its energy
  const clipped = frame;
  for (let i = 0; i < clipped.size; i++) {
    if (clipped.get(i) > ALARM_LEVEL) {
      clipped.set(i, ALARM_LEVEL); // expect: no-alias-mutation
      alarms++;
    }
  }

  energies.push(frame.mul(frame).sum());
}

const trend = [...runningMean(energies)].map((e) => e.toFixed(2));
const firstPeaks = peakLog.slice(":2");

console.log(describe("peak log", peakLog));
console.log("mean peak of the first two frames:", firstPeaks.mean().toFixed(3));
console.log("energy trend:", trend.join(" -> "));
console.log("samples clipped at the alarm level:", alarms);
