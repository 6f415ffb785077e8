// Fits a linear model with mini-batch SGD and optional momentum, then prints the weights and a median absolute error.
// runnable
import { array, zeros, NDArray } from "ndalias";

const opts = {
  lr: 0.05,
  momentum: 0.9,
  useMomentum: true,
  epochs: 30,
  batch: 4,
};

const data = (() => {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < 16; i++) {
    const a = (i % 4) / 4;
    const b = Math.floor(i / 4) / 4;
    xs.push([a, b, 1]);
    ys.push(2 * a - 3 * b + 0.5 + ((i * 37) % 7) / 100);
  }
  return { X: array(xs), y: array(ys) };
})();

const Model = {
  predict: (w: NDArray, X: NDArray) => {
    const out = zeros(X.shape[0]);
    for (let i = 0; i < X.shape[0]; i++) out.set(i, X.slice(i).mul(w).sum());
    return out;
  },
  gradient: (w: NDArray, X: NDArray, y: NDArray) => {
    const err = Model.predict(w, X).sub(y);
    const g = zeros(w.size);
    for (let j = 0; j < w.size; j++) g.set(j, X.slice(":", j).mul(err).mean() * 2);
    return g;
  },
  loss: (w: NDArray, X: NDArray, y: NDArray) => {
    const err = Model.predict(w, X).sub(y);
    return err.mul(err).mean();
  },
};

const weights = zeros(3);
const velocity = zeros(3);
const losses: number[] = [];

for (let epoch = 0; epoch < opts.epochs; epoch++) {
  for (let start = 0; start < data.X.shape[0]; start += opts.batch) {
    const Xb = data.X.slice(`${start}:${start + opts.batch}`);
    const yb = data.y.slice(`${start}:${start + opts.batch}`);
    const grad = Model.gradient(weights, Xb, yb);

    velocity.imul(opts.momentum);
    velocity.iadd(grad);
    const direction = opts.useMomentum ? velocity : grad;
    direction.imul(opts.lr); // expect: no-alias-mutation
    weights.isub(direction);
    if (velocity.max() > 50) console.log("velocity exploding at epoch", epoch);
  }
  losses.push(Model.loss(weights, data.X, data.y));
}

console.log("weights:", (weights.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
console.log("loss first/last:", losses[0].toFixed(4), losses[losses.length - 1].toFixed(4));

const absErrors = Model.predict(weights, data.X).sub(data.y);
for (let i = 0; i < absErrors.size; i++) absErrors.set(i, Math.abs(absErrors.get(i)));

// sort the errors to read off the median
absErrors.flatten().sort(); // expect: no-lost-write
const medianAbsError = absErrors.get(Math.floor(absErrors.size / 2));
console.log("median |error|:", medianAbsError.toFixed(4));

const worst = (() => {
  const ranked = absErrors.copy();
  ranked.sort();
  return { max: ranked.get(ranked.size - 1), p90: ranked.get(Math.floor(ranked.size * 0.9)) };
})();
console.log("worst:", worst.max.toFixed(4), "p90:", worst.p90.toFixed(4));

const residualPlot = (err: NDArray, width: number) =>
  (err.tolist() as number[]).map((e) => "#".repeat(Math.round(Math.abs(e) * width))).join("|");
console.log("residuals:", residualPlot(absErrors, 40));
