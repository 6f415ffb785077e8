// Layer-normalisation parameters behind accessors: a bias setter, scale re-initialisation, weight decay, checkpoints and a forward pass over a small batch.
import { array, ones, zeros, NDArray } from "ndalias";

interface Checkpoint {
  gamma: number[];
  beta: number[];
  step: number;
}

class LayerNorm {
  #gamma: NDArray;
  #beta: NDArray;
  #eps: number;
  #step = 0;

  constructor(features: number, eps = 1e-5) {
    this.#gamma = ones(features);
    this.#beta = zeros(features);
    this.#eps = eps;
  }

  get features(): number {
    return this.#gamma.size;
  }

  get bias(): number {
    return this.#beta.mean();
  }

  set bias(value: number) {
    this.#beta.flatten().fill(value); // expect: no-lost-write
  }

  get scale(): number {
    return this.#gamma.mean();
  }

  set scale(value: number) {
    this.#gamma.fill(value);
  }

  get checkpoint(): Checkpoint {
    return {
      gamma: this.#gamma.tolist() as number[],
      beta: this.#beta.tolist() as number[],
      step: this.#step,
    };
  }

  set checkpoint(cp: Checkpoint) {
    this.#gamma = array(cp.gamma);
    this.#beta = array(cp.beta);
    this.#step = cp.step;
  }

  #resetScale(): void {
    const scale = this.#gamma.copy();
    scale.fill(1); // expect: no-lost-write
  }

  #clampScale(limit: number): NDArray {
    const clamped = this.#gamma.copy();
    for (let i = 0; i < clamped.size; i++) {
      clamped.set(i, Math.max(-limit, Math.min(limit, clamped.get(i))));
    }
    return clamped;
  }

  #shrunkScaleMean(factor: number): number {
    const gamma = this.#gamma;
    gamma.imul(factor); // expect: no-alias-mutation
    return gamma.mean();
  }

  previewShrink(factor: number): number {
    return this.#shrunkScaleMean(factor);
  }

  reinitialise(): void {
    this.#resetScale();
    this.#beta.fill(0);
    this.#step = 0;
  }

  decay(rate: number): void {
    this.#gamma.imul(1 - rate);
    this.#step += 1;
  }

  forward(x: NDArray): NDArray {
    const mu = x.mean();
    const centred = x.sub(mu);
    const variance = centred.mul(centred).mean();
    centred.idiv(Math.sqrt(variance + this.#eps));
    centred.imul(this.#clampScale(10));
    centred.iadd(this.#beta);
    return centred;
  }
}

const ln = new LayerNorm(4);
ln.bias = 0.1;
ln.scale = 2;
for (let i = 0; i < 3; i++) {
  ln.decay(0.05);
}
console.log("after decay:", ln.checkpoint);

console.log("scale if shrunk by half:", ln.previewShrink(0.5).toFixed(3));

const saved = ln.checkpoint;
ln.reinitialise();
console.log("reinitialised: scale", ln.scale.toFixed(3), "bias", ln.bias.toFixed(3));

const batch = [array([1, 2, 3, 4]), array([0.5, 0.5, 1.5, -0.5]), array([-2, 0, 2, 4])];
for (const row of batch) {
  console.log("normalised row:", ln.forward(row).tolist());
}

ln.checkpoint = saved;
console.log("restored step", ln.checkpoint.step, "scale", ln.scale.toFixed(3));
