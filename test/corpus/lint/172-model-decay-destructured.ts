// Linear model registry: weight decay destructures the module-level weights into a local alias and scales it in place, then the model is read through its own path.
import { array, zeros, NDArray } from "ndalias";

const model = {
  weights: array([0.8, -0.4, 1.2]),
  bias: zeros(1),
  steps: 0,
};

function predict(x: NDArray): number {
  return model.weights.mul(x).sum() + model.bias.get(0);
}

function gradientStep(x: NDArray, y: number, lr: number): void {
  const err = predict(x) - y;
  model.weights.isub(x.mul(lr * err));
  model.bias.isub(lr * err);
  model.steps++;
}

function applyDecay(rate: number): number {
  const { weights } = model;
  weights.imul(1 - rate); // expect: no-alias-mutation
  return Math.sqrt(model.weights.mul(model.weights).sum());
}

function resetBias(): number {
  model.bias.fill(0);
  return model.bias.get(0);
}

const data: Array<[number[], number]> = [
  [[1, 0, 2], 3],
  [[0, 1, 1], 1],
  [[2, 1, 0], 2],
  [[1, 1, 1], 2.5],
];

for (let epoch = 0; epoch < 20; epoch++) {
  for (const [xs, y] of data) gradientStep(array(xs), y, 0.05);
  if (epoch % 5 === 4) console.log(`epoch ${epoch}: |w| after decay = ${applyDecay(0.01).toFixed(4)}`);
}
console.log("weights:", model.weights.tolist(), "bias:", model.bias.get(0).toFixed(3), "steps:", model.steps);
console.log("prediction for [1,1,1]:", predict(array([1, 1, 1])).toFixed(3));
console.log("bias reset to:", resetBias());
