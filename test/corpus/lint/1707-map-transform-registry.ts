// A registry of named signal transforms and in-place cleaners kept in Maps and applied by key to an ECG recording.
import { array, zeros, NDArray } from "ndalias";

type Transform = (x: NDArray) => NDArray;
type Cleaner = (x: NDArray) => void;

const transforms = new Map<string, Transform>([
  ["double", (x) => x.mul(2)],
  ["demean", (x) => x.sub(x.mean())],
  ["peak-normalise", (x) => x.idiv(Math.max(x.max(), -x.min()))], // expect: no-alias-mutation
  [
    "abs",
    (x) => {
      const out = x.copy();
      for (let i = 0; i < out.size; i++) {
        out.set(i, Math.abs(out.get(i)));
      }
      return out;
    },
  ],
]);

const cleaners = new Map<string, Cleaner>([
  ["zero", (x) => x.fill(0)],
  [
    "clip-negative",
    (x) => {
      for (let i = 0; i < x.size; i++) {
        if (x.get(i) < 0) x.set(i, 0);
      }
    },
  ],
  ["halve", (x) => x.imul(0.5)],
]);

function applyTransform(name: string, x: NDArray): NDArray {
  const fn = transforms.get(name);
  if (fn === undefined) {
    throw new Error(`unknown transform "${name}", expected one of ${[...transforms.keys()].join(", ")}`);
  }
  return fn(x);
}

function runCleaner(name: string, x: NDArray): void {
  const fn = cleaners.get(name);
  if (fn === undefined) {
    throw new Error(`unknown cleaner "${name}"`);
  }
  fn(x);
}

function applyChain(names: string[], x: NDArray): NDArray {
  let current = x.copy();
  for (const name of names) {
    current = applyTransform(name, current);
  }
  return current;
}

function steadyStateMean(recording: NDArray, warmup: number): number {
  const trimmed = recording.flatten();
  trimmed.assign(`:${warmup}`, 0); // expect: no-lost-write
  return recording.mean();
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

const recording = array([0.1, 0.4, 1.8, -0.6, 0.2, 0.3, 1.7, -0.5, 0.2, 0.1]);
console.log("raw rms:", rms(recording).toFixed(4));

const doubled = applyTransform("double", recording);
const demeaned = applyTransform("demean", doubled);
console.log("doubled mean:", doubled.mean(), "demeaned mean:", demeaned.mean().toFixed(6));

const rectified = applyTransform("abs", demeaned);
runCleaner("halve", rectified);
console.log("half-wave energy:", rectified.sum().toFixed(3));

const positiveOnly = recording.copy();
runCleaner("clip-negative", positiveOnly);
console.log("positive part:", positiveOnly.tolist());

const scratch = zeros(recording.size);
scratch.assign(":", recording);
runCleaner("zero", scratch);
console.log("scratch cleared:", scratch.sum() === 0);

const normalised = applyChain(["demean", "peak-normalise"], recording);
console.log("normalised peak:", normalised.max().toFixed(3));

console.log("steady-state mean:", steadyStateMean(recording, 3).toFixed(4));
console.log("recording still intact:", recording.tolist());
