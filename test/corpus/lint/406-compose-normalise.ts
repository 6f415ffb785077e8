// Builds a feature-normalisation pipeline from small curried steps with pipe/compose and applies it to a batch of readings.
import { array, NDArray } from "ndalias";

type Step = (x: NDArray) => NDArray;

const pipe =
  (...steps: Step[]): Step =>
  (x) =>
    steps.reduce((acc, step) => step(acc), x);

const compose = (...steps: Step[]): Step => pipe(...[...steps].reverse());

const shift = (delta: number): Step => (x) => x.add(delta);
const scale = (k: number): Step => (x) => x.mul(k);

const centre: Step = (x) => {
  const out = x.copy();
  out.isub(out.mean());
  return out;
};

const clip =
  (lo: number) =>
  (hi: number): Step =>
  (x) => {
    const out = x.flatten();
    for (let i = 0; i < out.size; i++) {
      const v: number = out.get(i);
      out.set(i, Math.min(hi, Math.max(lo, v)));
    }
    return out.reshape(...x.shape);
  };

const rescale: Step = (x) => {
  const lo = x.min();
  const span = x.max() - lo || 1;
  return x.sub(lo).div(span);
};

const logCompress: Step = (x) => {
  const out = x.astype("float64");
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.log1p(Math.abs(out.data[i] as number));
  }
  return out;
};

const normalise = pipe(centre, clip(-4)(4), rescale);
const legacy = compose(scale(0.5), shift(1));
const compressed = pipe(logCompress, rescale);

const readings = array([
  [1, 9, 3],
  [4, 4, 12],
]);

const features = normalise(readings);
const percent = features.mul(100);
const legacyFeatures = legacy(readings);

const preview = readings.copy();
preview.assign(0, 0);

console.log("readings:", readings.tolist());
console.log("features (%):", percent.tolist());
console.log("legacy features:", legacyFeatures.tolist());
console.log("compressed:", compressed(readings).tolist());
console.log("preview with the first row hidden:", preview.tolist());
