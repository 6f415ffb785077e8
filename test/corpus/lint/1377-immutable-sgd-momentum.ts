// Immutable SGD with momentum for a linear model: every step returns fresh parameter and velocity arrays, then ranks the learned feature weights.
import { array, zeros, NDArray } from "ndalias";

interface Params {
  readonly w: NDArray;
  readonly b: NDArray;
}

type Velocity = Params;

function predict(p: Params, x: NDArray): NDArray {
  const n = x.shape[0];
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    out.set(i, x.slice(i).mul(p.w).sum() + p.b.get(0));
  }
  return out;
}

function loss(p: Params, x: NDArray, y: NDArray): number {
  const err = predict(p, x).sub(y);
  return err.mul(err).mean();
}

function gradients(p: Params, x: NDArray, y: NDArray): Params {
  const n = x.shape[0];
  const gw = zeros(p.w.size);
  let gb = 0;
  for (let i = 0; i < n; i++) {
    const row = x.slice(i);
    const err = row.mul(p.w).sum() + p.b.get(0) - y.get(i);
    gw.iadd(row.mul((2 * err) / n));
    gb += (2 * err) / n;
  }
  return { w: gw, b: array([gb]) };
}

function clipGradients(g: Params, limit: number): Params {
  const w = g.w.copy();
  for (let i = 0; i < w.size; i++) {
    w.set(i, Math.max(-limit, Math.min(limit, g.w.get(i))));
  }
  return { w, b: g.b.copy() };
}

function momentumStep(p: Params, v: Velocity, g: Params, lr: number, beta: number): [Params, Velocity] {
  const vw = v.w.mul(beta);
  vw.iadd(g.w);
  const vb = v.b.mul(beta).add(g.b);
  const w = p.w.copy();
  w.isub(vw.mul(lr));
  const b = p.b.copy();
  b.isub(vb.mul(lr)); // expect: no-lost-write
  return [{ w, b: p.b }, { w: vw, b: vb }];
}

function withWeightDecay(p: Params, decay: number): Params {
  const w = p.w.copy();
  w.imul(1 - decay);
  return { w, b: p.b };
}

function topFeatures(p: Params, names: string[], k: number): string[] {
  const magnitudes = p.w.mul(p.w);
  const ranked = magnitudes.flatten();
  ranked.sort(); // expect: no-lost-write
  const threshold = magnitudes.get(magnitudes.size - k);
  const picked: string[] = [];
  for (let i = 0; i < names.length; i++) {
    if (magnitudes.get(i) >= threshold) picked.push(names[i]);
  }
  return picked;
}

const features = ["bias-free", "size", "age", "rooms"];
const x = array([
  [1.0, 2.0, 0.5, 3.0],
  [0.5, 1.5, 1.0, 2.0],
  [2.0, 3.5, 0.2, 4.0],
  [1.5, 2.5, 0.8, 3.0],
  [0.2, 0.9, 1.4, 1.0],
]);
const y = array([7.1, 5.0, 10.9, 8.2, 2.6]);

let params: Params = { w: zeros(4), b: zeros(1) };
let velocity: Velocity = { w: zeros(4), b: zeros(1) };
const history: Params[] = [params];

for (let epoch = 0; epoch < 40; epoch++) {
  const g = clipGradients(gradients(params, x, y), 5);
  [params, velocity] = momentumStep(params, velocity, g, 0.01, 0.9);
  if (epoch % 10 === 9) params = withWeightDecay(params, 0.001);
  history.push(params);
}

console.log("initial loss:", loss(history[0], x, y).toFixed(4));
console.log("final loss:", loss(params, x, y).toFixed(4));
console.log("weights:", params.w.tolist(), "bias:", params.b.get(0));
console.log("top features:", topFeatures(params, features, 2));
