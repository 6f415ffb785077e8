// Factories that build normalising and clipping closures from a reference recording, applied to incoming recordings through a small pipeline.
import { array, linspace, NDArray } from "ndalias";

type Transform = (x: NDArray) => NDArray;

function makeNormalizer(reference: NDArray): Transform {
  const ref = reference.copy();
  const scale = Math.max(ref.max() - ref.min(), 1e-9);
  return (x) => x.sub(ref).div(scale);
}

function makeClipper(lo: number, hi: number): Transform {
  return (x) => {
    const out = x.copy();
    for (let i = 0; i < out.size; i++) {
      const v = out.get(i);
      out.set(i, Math.min(hi, Math.max(lo, v)));
    }
    return out;
  };
}

function makeSmoother(width: number): Transform {
  return (x) => {
    const out = x.copy();
    for (let i = width; i < x.size - width; i++) {
      out.set(i, x.slice(`${i - width}:${i + width + 1}`).mean());
    }
    return out;
  };
}

const pipeline =
  (...steps: Transform[]): Transform =>
  (x) =>
    steps.reduce((acc, step) => step(acc), x);

function headMean(x: NDArray, k: number): number {
  const boosted = x.copy();
  boosted.imul(2);
  const head = boosted.slice(`:${k}`);
  return head.mean();
}

function describe(label: string, x: NDArray): void {
  console.log(`${label}: min=${x.min().toFixed(3)} max=${x.max().toFixed(3)} mean=${x.mean().toFixed(3)}`);
}

const reference = linspace(0, 1, 8);
const normalize = makeNormalizer(reference);
const clip = makeClipper(-0.5, 0.5);
const smooth = makeSmoother(1);
const prepare = pipeline(normalize, smooth, clip);

// The reference may be recalibrated later; the normaliser keeps its own copy.
reference.imul(2);
describe("recalibrated reference", reference);

const recordings = [
  array([0.1, 0.3, 0.2, 0.8, 0.6, 0.4, 0.9, 1.2]),
  array([0.0, 0.0, 0.5, 0.5, 1.0, 1.0, 0.5, 0.5]),
];
const prepared = recordings.map(prepare);
prepared.forEach((p, i) => describe(`prepared ${i}`, p));
console.log("head means (doubled):", recordings.map((r) => headMean(r, 3).toFixed(3)));

const spectrumLike = prepared[0].mul(prepared[0]);
spectrumLike.idiv(Math.max(spectrumLike.sum(), 1e-9));
describe("energy share", spectrumLike);

// Read the calibration window of the live buffer, then overwrite the buffer with the next block.
const live = prepare(recordings[0]).add(0.5);
const calibrationWindow = live.slice(":4");
const calibrationLevel = calibrationWindow.mean();
live.assign(":", array([0.2, 0.2, 0.4, 0.4, 0.6, 0.6, 0.8, 0.8]));
describe("live", live);
console.log("calibration level:", calibrationLevel.toFixed(3));

let working: NDArray = recordings[1];
working = working.sub(working.mean());
working.imul(10);
describe("working (centred x10)", working);
describe("second recording", recordings[1]);
