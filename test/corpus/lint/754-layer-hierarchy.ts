// Tiny dense-network layer hierarchy: a base layer with weight decay, subclasses that extend it via super, and factories.
import { array, eye, full, zeros, NDArray } from "ndalias";

abstract class Layer {
  protected weights: NDArray;
  protected grad: NDArray;
  private steps = 0;

  constructor(weights: NDArray) {
    this.weights = weights.copy();
    this.grad = zeros(weights.shape);
  }

  abstract forward(x: NDArray): NDArray;

  decay(rate: number): void {
    this.weights.imul(1 - rate);
  }

  zeroGrad(): void {
    this.grad.fill(0);
  }

  accumulate(g: NDArray): void {
    this.grad.iadd(g);
  }

  step(lr: number): number {
    this.weights.isub(this.grad.mul(lr));
    this.steps++;
    return this.weights.sum();
  }

  protected extraParameters(): NDArray[] {
    return [];
  }

  get parameters(): NDArray[] {
    return [this.weights.copy(), this.grad.copy(), ...this.extraParameters()];
  }

  get stepCount(): number {
    return this.steps;
  }
}

class Dense extends Layer {
  protected bias: NDArray;

  constructor(weights: NDArray, bias: NDArray = zeros(weights.shape[0])) {
    super(weights);
    this.bias = bias.copy();
  }

  static identity(n: number): Dense {
    return new Dense(eye(n));
  }

  static filled(rows: number, cols: number, value: number): Dense {
    return new Dense(full([rows, cols], value), full(rows, 0.1));
  }

  forward(x: NDArray): NDArray {
    const out = this.bias.copy();
    const [rows, cols] = this.weights.shape;
    for (let r = 0; r < rows; r++) {
      let acc = 0;
      for (let c = 0; c < cols; c++) acc += this.weights.get(r, c) * x.get(c);
      out.set(r, out.get(r) + acc);
    }
    return out;
  }

  decay(rate: number): void {
    super.decay(rate);
    this.bias.imul(1 - rate);
  }

  protected extraParameters(): NDArray[] {
    return [this.bias.copy()];
  }
}

class ScaledDense extends Dense {
  private scale: NDArray;

  constructor(weights: NDArray, scale: NDArray) {
    super(weights);
    this.scale = scale.copy();
  }

  static withUniformScale(weights: NDArray, s: number): ScaledDense {
    return new ScaledDense(weights, full(weights.shape[0], s));
  }

  forward(x: NDArray): NDArray {
    const base = super.forward(x);
    base.imul(this.scale);
    return base;
  }

  decay(rate: number): void {
    super.decay(rate);
    this.scale.fill(1);
  }

  protected extraParameters(): NDArray[] {
    return [...super.extraParameters(), this.scale.copy()];
  }
}

const w0 = array([
  [0.5, -0.2, 0.1],
  [0.3, 0.8, -0.5],
]);
const hidden = new Dense(w0);
w0.fill(0);
console.log("caller cleared w0:", w0.sum(), "layer still has weights:", hidden.parameters[0].sum());

const net: Layer[] = [Dense.identity(3), hidden, ScaledDense.withUniformScale(Dense.identity(2).parameters[0], 2)];
const input = array([1, 2, 3]);

let activation = input;
for (const layer of net) {
  activation = layer.forward(activation);
}
console.log("network output:", activation.tolist(), "input:", input.tolist());

const params = net[1].parameters;
params[0].imul(10);
console.log("scaled parameter copy:", params[0].tolist(), "layer weights:", net[1].parameters[0].tolist());

for (const layer of net) {
  layer.zeroGrad();
}
hidden.accumulate(full([2, 3], 0.5));
console.log("weight sum after one step:", hidden.step(0.1).toFixed(3), "steps:", hidden.stepCount);

const filled = Dense.filled(2, 3, 0.25);
filled.decay(0.5);
const filledParams = filled.parameters;
console.log("decayed filled layer:", filledParams.map((p) => p.sum()));

const scaled = net[2];
scaled.decay(0.1);
const out = scaled.forward(array([1, 1]));
out.iadd(1);
console.log("scaled layer after decay (+1):", out.tolist());
