// Batch normalisation with gamma/beta kept as rows of one affine matrix, and an autoencoder whose decoder starts from the encoder's transpose.
import { array, ones, zeros, NDArray } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.shape[0], b.shape[1]]);
  for (let i = 0; i < a.shape[0]; i++) {
    for (let j = 0; j < b.shape[1]; j++) {
      out.set([i, j], a.slice(i).mul(b.slice(":", j)).sum());
    }
  }
  return out;
}

export abstract class Module {
  protected training = true;

  eval(): this {
    this.training = false;
    return this;
  }

  abstract forward(x: NDArray): NDArray;
}

export class BatchNorm extends Module {
  protected affine: NDArray;
  protected runningMean: NDArray;
  protected runningVar: NDArray;

  constructor(features: number, protected readonly momentum = 0.1) {
    super();
    this.affine = zeros([2, features]);
    this.affine.slice(0).fill(1);
    this.runningMean = zeros(features);
    this.runningVar = ones(features);
  }

  get gamma(): NDArray {
    return this.affine.slice(0);
  }

  get beta(): NDArray {
    return this.affine.slice(1);
  }

  forward(x: NDArray): NDArray {
    const features = x.shape[1];
    const mean = zeros(features);
    const variance = zeros(features);
    for (let j = 0; j < features; j++) {
      const col = x.slice(":", j);
      const d = col.sub(col.mean());
      mean.set(j, col.mean());
      variance.set(j, d.mul(d).mean());
    }
    if (this.training) {
      this.runningMean.imul(1 - this.momentum);
      this.runningMean.iadd(mean.mul(this.momentum));
      this.runningVar.imul(1 - this.momentum);
      this.runningVar.iadd(variance.mul(this.momentum));
    }
    const m = this.training ? mean : this.runningMean;
    const std = (this.training ? variance : this.runningVar).add(1e-5);
    for (let j = 0; j < features; j++) std.set(j, Math.sqrt(std.get(j)));
    return x.sub(m).div(std).mul(this.gamma).add(this.beta);
  }

  /** Re-centres the layer by clearing its shift; returns the mean scale for logging. */
  resetShift(): number {
    const shift = this.affine.slice(1);
    shift.fill(0); // expect: no-view-mutation
    return this.gamma.mean();
  }
}

const batch = array([[1.0, 200], [2.0, 220], [3.0, 180], [4.0, 240]]);
const bn = new BatchNorm(2);
const normalised = bn.forward(batch);
console.log("normalised:", normalised.tolist(), "scale mean:", bn.resetShift());
console.log("eval output:", bn.eval().forward(batch.slice(":2")).tolist());

const encoderW = array([[0.5, -0.2, 0.1], [0.3, 0.8, -0.4]]);
const decoderW = encoderW.T;
const probe = array([[1.0, 2.0]]);
console.log("code before fine-tuning:", matmul(probe, encoderW).tolist());

encoderW.imul(0.9); // expect: no-view-mutation
const code = matmul(probe, encoderW);
console.log("reconstruction:", matmul(code, decoderW).tolist());
