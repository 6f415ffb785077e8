// Notebook port: Jacobi iteration for a 1-D Poisson problem with two ping-pong buffers, then a momentum-SGD line fit built by rebinding.
import { array, zeros, linspace, NDArray } from "ndalias";

// %% [1] problem set-up: u'' = -2 on [0, 1] with u(0) = 0, u(1) = 1
const n = 9;
const h = 1 / (n - 1);
const f = zeros(n);
f.slice("1:-1").fill(-2);
let cur = zeros(n);
let nxt = zeros(n);
cur.set(n - 1, 1);
nxt.set(n - 1, 1);
console.log("rhs:", f.tolist());

// %% [2] Jacobi sweeps: read `cur`, write `nxt`, then swap the two buffers
const residuals: number[] = [];
for (let it = 0; it < 200; it++) {
  for (let i = 1; i < n - 1; i++) {
    nxt.set(i, 0.5 * (cur.get(i - 1) + cur.get(i + 1) - h * h * f.get(i)));
  }
  [cur, nxt] = [nxt, cur];
  if (it % 50 === 0) {
    residuals.push(Math.abs(cur.get(4) - nxt.get(4)));
  }
}
console.log("residual trace:", residuals.map((r) => r.toExponential(2)));
console.log("solution:", (cur.tolist() as number[]).map((v) => v.toFixed(3)));

// %% [3] exact solution u = 2x - x^2 and the error, all arithmetic results
const xs = linspace(0, 1, n);
const exact = xs.mul(2).sub(xs.mul(xs));
let err = cur.sub(exact);
err = err.mul(err);
console.log("max squared error:", err.max().toExponential(2));

// %% [4] data for a line fit
const xData = array([0, 1, 2, 3, 4, 5]);
const yData = array([1.1, 2.9, 5.2, 7.1, 8.8, 11.2]);
console.log("y mean:", yData.mean().toFixed(2));

// %% [5] momentum SGD: every update rebinds, nothing is written in place
let w = zeros(2);
let velocity = zeros(2);
const lr = 0.01;
const momentum = 0.9;
let best: NDArray = w;
let bestLoss = Infinity;
for (let epoch = 0; epoch < 300; epoch++) {
  const pred = xData.mul(w.get(0)).add(w.get(1));
  const diff = pred.sub(yData);
  const loss = diff.mul(diff).mean();
  if (loss < bestLoss) {
    bestLoss = loss;
    best = w;
  }
  const grad = array([2 * diff.mul(xData).mean(), 2 * diff.mean()]);
  velocity = velocity.mul(momentum).add(grad.mul(lr));
  w = w.sub(velocity);
}
console.log("final w:", w.tolist(), "best w:", best.tolist(), "best loss:", bestLoss.toFixed(4));

// %% [6] "scaled = raw" then rebinding before the in-place step
const raw = yData;
let scaled: NDArray = raw;
scaled = scaled.sub(scaled.mean());
scaled.idiv(Math.max(scaled.max(), -scaled.min()));
console.log("scaled targets:", scaled.tolist());
console.log("raw targets:", raw.tolist());

// %% [7] double buffering for a moving average, again by swapping
let front = yData.copy();
let back = zeros(yData.size);
for (let pass = 0; pass < 3; pass++) {
  back.set(0, front.get(0));
  back.set(back.size - 1, front.get(front.size - 1));
  for (let i = 1; i < front.size - 1; i++) {
    back.set(i, (front.get(i - 1) + front.get(i) + front.get(i + 1)) / 3);
  }
  [front, back] = [back, front];
}
console.log("smoothed:", front.tolist());

// %% [8] a fresh prediction vector per model, compared side by side
function predictLine(x: NDArray, slope: number, icept: number): NDArray {
  const out = x.mul(slope);
  out.iadd(icept);
  return out;
}
const fitted = predictLine(xData, w.get(0), w.get(1));
const baseline = predictLine(xData, 2, 1);
console.log("fitted:", fitted.tolist());
console.log("baseline:", baseline.tolist());
console.log("fitted vs baseline gap:", fitted.sub(baseline).mean().toFixed(3));
