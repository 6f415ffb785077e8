// Small dense-network trainer: linked layers with weights and gradients, gradient clipping, SGD updates, checkpoints and rollback.
import { array, zeros, NDArray } from "ndalias";

export class DenseLayer {
  weights: NDArray;
  bias: NDArray;
  grad: NDArray;
  biasGrad: NDArray;
  next: DenseLayer | null = null;
  prev: DenseLayer | null = null;
  private lastInput: NDArray | null = null;

  constructor(readonly name: string, readonly inSize: number, readonly outSize: number) {
    this.weights = zeros([outSize, inSize]);
    this.bias = zeros(outSize);
    this.grad = zeros([outSize, inSize]);
    this.biasGrad = zeros(outSize);
  }

  static connect(upstream: DenseLayer, downstream: DenseLayer): void {
    upstream.next = downstream;
    downstream.prev = upstream; // expect: no-reference-cycle
  }

  static relu(values: NDArray): NDArray {
    const out = values.copy();
    for (let i = 0; i < out.size; i++) {
      if ((out.data[i] as number) < 0) {
        out.data[i] = 0;
      }
    }
    return out;
  }

  static reluMaskInPlace(errors: NDArray, activations: NDArray): void {
    for (let i = 0; i < errors.size; i++) {
      if (activations.get(i) <= 0) {
        errors.set(i, 0);
      }
    }
  }

  initWeights(seed: number): void {
    let state = seed;
    for (let i = 0; i < this.weights.size; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      this.weights.data[i] = (state / 2147483648 - 0.5) / Math.sqrt(this.inSize);
    }
    this.bias.fill(0);
  }

  forward(input: NDArray): NDArray {
    this.lastInput = input.copy();
    const out = zeros(this.outSize);
    for (let o = 0; o < this.outSize; o++) {
      out.set(o, this.weights.slice(o).mul(input).sum() + this.bias.get(o));
    }
    return out;
  }

  backward(error: NDArray): NDArray {
    const upstream = zeros(this.inSize);
    for (let o = 0; o < this.outSize; o++) {
      const e = error.get(o);
      if (this.lastInput) {
        this.grad.slice(o).iadd(this.lastInput.mul(e));
      }
      this.biasGrad.set(o, this.biasGrad.get(o) + e);
      upstream.iadd(this.weights.slice(o).mul(e));
    }
    return upstream;
  }

  gradientNorm(): number {
    return Math.sqrt(this.grad.mul(this.grad).sum() + this.biasGrad.mul(this.biasGrad).sum());
  }

  clipGradients(maxNorm: number): number {
    const norm = this.gradientNorm();
    if (norm > maxNorm) {
      const clipped = this.grad.copy();
      clipped.imul(maxNorm / norm); // expect: no-lost-write
      this.biasGrad.imul(maxNorm / norm);
    }
    return norm;
  }

  applyUpdate(learningRate: number): number {
    const { weights, grad } = this;
    const stepSize = learningRate * Math.sqrt(grad.mul(grad).sum());
    weights.isub(grad.mul(learningRate)); // expect: no-alias-mutation
    this.bias.isub(this.biasGrad.mul(learningRate));
    return stepSize;
  }

  zeroGrad(): void {
    this.grad.fill(0);
    this.biasGrad.fill(0);
    this.lastInput = null;
  }
}

export class Trainer {
  private readonly layers: DenseLayer[] = [];
  private readonly checkpoints = new Map<number, NDArray[]>();
  private readonly metrics = new Map<string, number[]>();
  private epoch = 0;

  constructor(sizes: number[], private readonly learningRate: number) {
    for (let i = 0; i + 1 < sizes.length; i++) {
      const layer = new DenseLayer(`dense${i}`, sizes[i], sizes[i + 1]);
      layer.initWeights(17 + i);
      if (this.layers.length > 0) {
        DenseLayer.connect(this.layers[this.layers.length - 1], layer);
      }
      this.layers.push(layer);
    }
  }

  private record(metric: string, value: number): void {
    const series = this.metrics.get(metric) ?? [];
    series.push(value);
    this.metrics.set(metric, series);
  }

  predict(input: NDArray): NDArray {
    let activation = input;
    for (const layer of this.layers) {
      activation = DenseLayer.relu(layer.forward(activation));
    }
    return activation;
  }

  trainStep(input: NDArray, target: NDArray): number {
    const activations: NDArray[] = [input];
    for (const layer of this.layers) {
      activations.push(DenseLayer.relu(layer.forward(activations[activations.length - 1])));
    }
    const output = activations[activations.length - 1];
    let error = output.sub(target);
    const loss = error.mul(error).mean();
    for (let i = this.layers.length - 1; i >= 0; i--) {
      DenseLayer.reluMaskInPlace(error, activations[i + 1]);
      error = this.layers[i].backward(error);
    }
    for (const layer of this.layers) {
      this.record(`${layer.name}.gradNorm`, layer.clipGradients(1.0));
      layer.applyUpdate(this.learningRate);
      layer.zeroGrad();
    }
    this.record("loss", loss);
    return loss;
  }

  checkpoint(): number {
    this.checkpoints.set(this.epoch, this.layers.map((layer) => layer.weights.copy()));
    return this.epoch++;
  }

  rollback(epoch: number): boolean {
    const saved = this.checkpoints.get(epoch);
    if (!saved) return false;
    this.layers.forEach((layer, i) => {
      layer.weights.assign(":", saved[i]);
    });
    return true;
  }

  history(metric: string): number[] {
    return [...(this.metrics.get(metric) ?? [])];
  }

  dispose(): void {
    for (const saved of this.checkpoints.values()) {
      saved.forEach((w) => w.dispose());
    }
    this.checkpoints.clear();
  }
}

const trainer = new Trainer([3, 4, 2], 0.05);
const x = array([0.5, -1.2, 0.8]);
const y = array([1.0, 0.0]);
trainer.checkpoint();
for (let i = 0; i < 5; i++) {
  trainer.trainStep(x, y);
}
console.log("prediction:", trainer.predict(x).tolist(), "loss:", trainer.history("loss"));
trainer.rollback(0);
trainer.dispose();
