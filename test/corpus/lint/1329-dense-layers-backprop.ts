// A two-layer network built from Layer subclasses: forward caches a copy of each input, backward accumulates gradients in fields, and SGD applies them.
import { array, zeros, NDArray } from "ndalias";

abstract class Layer {
  static count = 0;
  protected lastInput: NDArray | null = null;

  constructor() {
    Layer.count++;
  }

  abstract forward(x: NDArray): NDArray;
  abstract backward(gradOut: NDArray): NDArray;
  abstract applyGradients(lr: number): void;
  abstract zeroGrad(): void;

  protected cached(): NDArray {
    if (this.lastInput === null) throw new Error("backward before forward");
    return this.lastInput;
  }
}

class Dense extends Layer {
  weights: NDArray;
  bias: NDArray;
  private gradW: NDArray;
  private gradB: NDArray;

  constructor(weights: number[][], bias: number[]) {
    super();
    this.weights = array(weights);
    this.bias = array(bias);
    this.gradW = zeros(this.weights.shape);
    this.gradB = zeros(this.bias.shape);
  }

  forward(x: NDArray): NDArray {
    this.lastInput = x.copy();
    const [outDim, inDim] = this.weights.shape;
    const y = this.bias.copy();
    for (let o = 0; o < outDim; o++) {
      let s = 0;
      for (let i = 0; i < inDim; i++) s += this.weights.get(o, i) * x.get(i);
      y.set(o, y.get(o) + s);
    }
    return y;
  }

  backward(gradOut: NDArray): NDArray {
    const x = this.cached();
    const [outDim, inDim] = this.weights.shape;
    const gradIn = zeros(inDim);
    for (let o = 0; o < outDim; o++) {
      const g = gradOut.get(o);
      this.gradB.set(o, this.gradB.get(o) + g);
      for (let i = 0; i < inDim; i++) {
        this.gradW.set([o, i], this.gradW.get(o, i) + g * x.get(i));
        gradIn.set(i, gradIn.get(i) + g * this.weights.get(o, i));
      }
    }
    return gradIn;
  }

  applyGradients(lr: number): void {
    this.weights.isub(this.gradW.mul(lr));
    this.bias.isub(this.gradB.mul(lr));
  }

  zeroGrad(): void {
    this.gradW.fill(0);
    this.gradB.fill(0);
  }

  gradientNorm(): number {
    return Math.sqrt(this.gradW.mul(this.gradW).sum() + this.gradB.mul(this.gradB).sum());
  }

  clipWeights(limit: number): number {
    for (let i = 0; i < this.weights.size; i++) {
      const w = this.weights.data[i] as number;
      this.weights.data[i] = Math.max(-limit, Math.min(limit, w));
    }
    const flat = this.weights.ravel();
    return flat.max() - flat.min();
  }
}

class ReLU extends Layer {
  forward(x: NDArray): NDArray {
    this.lastInput = x.copy();
    const y = x.copy();
    for (let i = 0; i < y.size; i++) if (y.get(i) < 0) y.set(i, 0);
    return y;
  }

  backward(gradOut: NDArray): NDArray {
    const x = this.cached();
    const g = gradOut.copy();
    for (let i = 0; i < g.size; i++) if (x.get(i) <= 0) g.set(i, 0);
    return g;
  }

  applyGradients(): void {}
  zeroGrad(): void {}
}

class Network {
  constructor(private readonly layers: Layer[]) {}

  predict(x: NDArray): NDArray {
    let h = x;
    for (const layer of this.layers) h = layer.forward(h);
    return h;
  }

  trainStep(x: NDArray, target: NDArray, lr: number): number {
    for (const layer of this.layers) layer.zeroGrad();
    const y = this.predict(x);
    const err = y.sub(target);
    const loss = err.mul(err).sum();
    let grad = err.mul(2);
    for (let k = this.layers.length - 1; k >= 0; k--) grad = this.layers[k].backward(grad);
    for (const layer of this.layers) layer.applyGradients(lr);
    return loss;
  }
}

const hidden = new Dense([[0.5, -0.2], [0.3, 0.8], [-0.6, 0.1]], [0, 0.1, 0]);
const output = new Dense([[0.7, -0.4, 0.2]], [0.05]);
const net = new Network([hidden, new ReLU(), output]);

const x = array([1.0, 2.0]);
const target = array([1.5]);
for (let epoch = 0; epoch < 5; epoch++) {
  const loss = net.trainStep(x, target, 0.05);
  console.log(`epoch ${epoch}: loss ${loss.toFixed(5)} hidden grad norm ${hidden.gradientNorm().toFixed(4)}`);
}
console.log("hidden weight range after clipping:", hidden.clipWeights(0.6));
console.log("prediction:", net.predict(x).tolist(), "input:", x.tolist(), "layers:", Layer.count);
