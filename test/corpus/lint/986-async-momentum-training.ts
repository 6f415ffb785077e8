// Async training loop for a linear model: a momentum optimizer keeps its velocity on the instance, gradients arrive through promises, and checkpoints are snapshots.
import { array, zeros, NDArray } from "ndalias";

interface Checkpoint {
  epoch: number;
  weights: NDArray;
  loss: number;
}

class Momentum {
  private velocity: NDArray;

  constructor(size: number, private readonly lr: number, private readonly beta: number) {
    this.velocity = zeros(size);
  }

  step(params: NDArray, grad: NDArray): void {
    this.velocity.imul(this.beta);
    this.velocity.iadd(grad);
    params.isub(this.velocity.mul(this.lr));
  }

  get speed(): number {
    return Math.sqrt(this.velocity.mul(this.velocity).sum());
  }

  reset(): void {
    this.velocity.fill(0);
  }
}

function predict(weights: NDArray, xs: NDArray): NDArray {
  const rows = xs.shape[0];
  const out = zeros(rows);
  for (let r = 0; r < rows; r++) out.set(r, xs.slice(r).mul(weights).sum());
  return out;
}

async function gradient(weights: NDArray, xs: NDArray, ys: NDArray): Promise<NDArray> {
  await new Promise((resolve) => setImmediate(resolve));
  const residual = predict(weights, xs).sub(ys);
  const grad = zeros(weights.size);
  for (let r = 0; r < xs.shape[0]; r++) {
    grad.iadd(xs.slice(r).mul(residual.get(r)));
  }
  grad.idiv(xs.shape[0]);
  return grad;
}

function loss(weights: NDArray, xs: NDArray, ys: NDArray): Promise<number> {
  return Promise.resolve(predict(weights, xs)).then((pred) => {
    const err = pred.sub(ys);
    return err.mul(err).mean();
  });
}

async function train(init: NDArray, xs: NDArray, ys: NDArray, epochs: number): Promise<Checkpoint[]> {
  const weights = init.copy();
  const optimizer = new Momentum(weights.size, 0.05, 0.9);
  const checkpoints: Checkpoint[] = [];

  const head = weights.slice(":2");
  console.log("initial head weights:", head.tolist());

  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = await gradient(weights, xs, ys);
    optimizer.step(weights, grad);
    if (epoch % 5 === 4) {
      const l = await loss(weights, xs, ys);
      checkpoints.push({ epoch, weights: weights.copy(), loss: l });
    }
  }
  console.log("optimizer speed at end:", optimizer.speed.toFixed(4));
  optimizer.reset();
  return checkpoints;
}

async function main(): Promise<void> {
  const xs = array([[1, 0.5, 2], [1, 1.5, 0.5], [1, 2.5, 1], [1, 3.0, 2.5]]);
  const ys = array([3.1, 2.9, 4.2, 6.0]);
  const init = zeros(3);

  const checkpoints = await train(init, xs, ys, 20);
  checkpoints.forEach((c) => console.log(`epoch ${c.epoch}: loss ${c.loss.toFixed(4)}`));

  const best = checkpoints.reduce((a, b) => (b.loss < a.loss ? b : a));
  const tuned = best.weights.copy();
  tuned.imul(1.01);
  console.log("best:", best.weights.tolist(), "tuned loss:", (await loss(tuned, xs, ys)).toFixed(4));

  const bias = best.weights.slice(":1");
  console.log("bias before rounding:", bias.tolist());
  best.weights.assign(":", best.weights.mul(1000).tolist() as number[]);
  const rounded = best.weights.slice(":");
  console.log("scaled weights:", rounded.tolist(), "init untouched:", init.tolist());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
