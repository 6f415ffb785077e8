// Trains a linear regressor with momentum SGD; the optimiser updates its own weight and velocity fields in place.
import { array, zeros, NDArray } from "ndalias";

class MomentumSGD {
  weights: NDArray;
  velocity: NDArray;
  constructor(size: number, readonly lr: number, readonly beta: number) {
    this.weights = zeros(size);
    this.velocity = zeros(size);
  }
  step(grad: NDArray): number {
    this.velocity.imul(this.beta);
    this.velocity.iadd(grad.mul(this.lr));
    this.weights.isub(this.velocity);
    return Math.sqrt(this.velocity.mul(this.velocity).sum());
  }
}

const xs = array([[1, 2], [2, 1], [3, 3], [0, 1]]);
const ys = array([5, 4, 9, 2]);
const opt = new MomentumSGD(2, 0.02, 0.9);
for (let epoch = 0; epoch < 50; epoch++) {
  let grad = zeros(2);
  for (let i = 0; i < xs.shape[0]; i++) {
    const row = xs.slice(i);
    const err = row.mul(opt.weights).sum() - ys.get(i);
    grad = grad.add(row.mul(err));
  }
  const speed = opt.step(grad.div(xs.shape[0]));
  if (epoch % 10 === 0) console.log(`epoch ${epoch}: step size ${speed.toFixed(4)}`);
}
console.log("weights:", opt.weights.tolist());
