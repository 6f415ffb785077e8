// Feature scaler and linear scorer: fits column statistics, transforms batches immutably and reports each weight's share.
import { array, zeros, ones, NDArray } from "ndalias";

export interface ScalerState {
  mean: NDArray;
  scale: NDArray;
}

export interface ModelState {
  weights: NDArray;
  bias: number;
}

export function fitScaler(batch: NDArray): ScalerState {
  const cols = batch.shape[1];
  const mean = zeros(cols);
  const scale = ones(cols);
  for (let j = 0; j < cols; j++) {
    const column = batch.slice(":", j);
    const mu = column.mean();
    const centred = column.sub(mu);
    const sd = Math.sqrt(centred.mul(centred).mean());
    mean.set(j, mu);
    scale.set(j, sd > 0 ? sd : 1);
  }
  return { mean, scale };
}

export function transform(batch: NDArray, s: ScalerState): NDArray {
  const out = batch.copy();
  for (let i = 0; i < out.shape[0]; i++) {
    out.slice(i).isub(s.mean);
    out.slice(i).idiv(s.scale);
  }
  return out;
}

export function inverseTransform(z: NDArray, s: ScalerState): NDArray {
  const x = z.mul(s.scale);
  x.iadd(s.mean);
  return x;
}

export function predict(model: ModelState, features: NDArray): NDArray {
  const rows = features.shape[0];
  const scores = zeros(rows);
  for (let i = 0; i < rows; i++) {
    scores.set(i, features.slice(i).mul(model.weights).sum() + model.bias);
  }
  return scores;
}

export function cloneModel(model: ModelState): ModelState {
  return { weights: model.weights.copy(), bias: model.bias };
}

/** Shrinks the model's weights in place (ridge-style decay between epochs). */
export function decayInPlace(model: ModelState, factor: number): void {
  model.weights.imul(factor);
}

export function normalizedWeights(model: ModelState): NDArray {
  const w = model.weights.copy();
  for (let i = 0; i < w.size; i++) {
    w.set(i, Math.abs(w.get(i)));
  }
  w.idiv(w.sum());
  return w;
}

export function largestWeightShare(model: ModelState): number {
  const magnitudes = model.weights.copy();
  for (let i = 0; i < magnitudes.size; i++) {
    magnitudes.set(i, Math.abs(magnitudes.get(i)));
  }
  model.weights.idiv(magnitudes.sum()); // expect: no-alias-mutation
  return model.weights.max();
}

export function trainStep(model: ModelState, features: NDArray, targets: NDArray, lr: number): ModelState {
  const next = cloneModel(model);
  const residual = predict(model, features).sub(targets);
  for (let j = 0; j < next.weights.size; j++) {
    const grad = features.slice(":", j).mul(residual).mean();
    next.weights.set(j, next.weights.get(j) - lr * grad);
  }
  next.bias -= lr * residual.mean();
  return next;
}

const rawFeatures = array([
  [1.0, 200, 3.5],
  [2.0, 180, 2.5],
  [1.5, 220, 4.0],
  [3.0, 170, 1.5],
]);
const targets = array([1.2, 0.9, 1.6, 0.4]);

const scaler = fitScaler(rawFeatures);
const scaled = transform(rawFeatures, scaler);
let model: ModelState = { weights: array([0.1, -0.2, 0.3]), bias: 0 };
for (let epoch = 0; epoch < 5; epoch++) {
  model = trainStep(model, scaled, targets, 0.1);
  decayInPlace(model, 0.99);
}

console.log("raw features untouched:", rawFeatures.slice(0).tolist());
console.log("round trip:", inverseTransform(scaled, scaler).slice(0).tolist());
console.log("weight mix:", normalizedWeights(model).tolist());
console.log("largest share:", largestWeightShare(model));
console.log("predictions:", predict(model, scaled).tolist());
