// Optimizers for a small regression model: an abstract base with a decaying learning rate, SGD and momentum, plus gradient clipping helpers.
import { array, zeros, NDArray } from "ndalias";

export abstract class Optimizer {
  protected steps = 0;

  constructor(protected readonly baseLr: number) {}

  protected get lr(): number {
    return this.baseLr / Math.sqrt(1 + this.steps);
  }

  abstract update(params: NDArray, grads: NDArray): void;

  protected tick(): void {
    this.steps++;
  }
}

export class SGD extends Optimizer {
  update(params: NDArray, grads: NDArray): void {
    params.isub(grads.mul(this.lr));
    this.tick();
  }
}

export class Momentum extends Optimizer {
  private velocity: NDArray | null = null;

  constructor(baseLr: number, private readonly beta = 0.9) {
    super(baseLr);
  }

  override update(params: NDArray, grads: NDArray): void {
    if (this.velocity === null) {
      this.velocity = zeros(params.shape);
    }
    this.velocity.imul(this.beta);
    this.velocity.iadd(grads);
    params.isub(this.velocity.mul(this.lr));
    this.tick();
  }

  /** Drops the momentum of the first `n` (frozen) rows; returns how many rows keep momentum. */
  freezeLeadingRows(n: number): number {
    if (this.velocity === null) return 0;
    const frozen = this.velocity.slice(`:${n}`);
    frozen.fill(0); // expect: no-view-mutation
    return this.velocity.shape[0] - n;
  }

  velocityNorm(): number {
    if (this.velocity === null) return 0;
    const v = this.velocity;
    return Math.sqrt(v.mul(v).sum());
  }
}

export function gradientNorm(grads: NDArray): number {
  const squared = grads.mul(grads);
  return Math.sqrt(squared.sum());
}

export function clipByNorm(grads: NDArray, maxNorm: number): number {
  const norm = gradientNorm(grads);
  if (norm > maxNorm) {
    grads.imul(maxNorm / norm); // expect: no-alias-mutation
  }
  return norm;
}

export function clippedCopy(grads: NDArray, maxNorm: number): NDArray {
  const out = grads.copy();
  const norm = gradientNorm(out);
  if (norm > maxNorm) {
    out.imul(maxNorm / norm);
  }
  return out;
}

const weights = array([[0.2, -0.1], [0.4, 0.3], [-0.5, 0.1]]);
const grads = array([[1.5, -2.0], [0.5, 0.5], [3.0, -1.0]]);

const momentum = new Momentum(0.1);
const rawNorm = clipByNorm(grads, 2.0);
momentum.update(weights, grads);
momentum.update(weights, grads);
const active = momentum.freezeLeadingRows(1);
console.log("raw grad norm:", rawNorm, "active rows:", active);
console.log("velocity norm:", momentum.velocityNorm());

const sgd = new SGD(0.05);
const safe = clippedCopy(grads, 0.5);
sgd.update(weights, safe);
console.log("weights:", weights.tolist(), "grads:", grads.tolist());
