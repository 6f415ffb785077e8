// A two-layer perceptron on an abstract Layer base: dense layers that cache their input, a ReLU, backward passes and in-place weight steps.
import { array, zeros, NDArray } from "ndalias";

function heInit(w: NDArray, fanIn: number, seed: number): void {
  let s = seed;
  const scale = Math.sqrt(2 / fanIn);
  for (let i = 0; i < w.size; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    w.data[i] = (s / 2147483648 - 0.5) * scale;
  }
}

function matmul(a: NDArray, b: NDArray): NDArray {
  const [n, k] = a.shape;
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += a.get(i, t) * b.get(t, j);
      out.set([i, j], s);
    }
  }
  return out;
}

export abstract class Layer {
  protected input: NDArray | null = null;
  abstract forward(x: NDArray): NDArray;
  abstract backward(gradOut: NDArray): NDArray;
  step(_lr: number): void {}
}

export class Dense extends Layer {
  protected weights: NDArray;
  protected bias: NDArray;
  protected gradW: NDArray;
  protected gradB: NDArray;

  constructor(inputs: number, outputs: number, seed: number) {
    super();
    this.weights = zeros([inputs, outputs]);
    heInit(this.weights, inputs, seed);
    this.bias = zeros(outputs);
    this.gradW = zeros([inputs, outputs]);
    this.gradB = zeros(outputs);
  }

  get weightSnapshot(): NDArray {
    return this.weights.copy();
  }

  forward(x: NDArray): NDArray {
    this.input = x;
    const out = matmul(x, this.weights);
    for (let i = 0; i < out.shape[0]; i++) out.slice(i).iadd(this.bias);
    return out;
  }

  backward(gradOut: NDArray): NDArray {
    const x = this.input ?? zeros([gradOut.shape[0], this.weights.shape[0]]);
    this.gradW.iadd(matmul(x.T, gradOut));
    for (let j = 0; j < this.gradB.size; j++) {
      this.gradB.set(j, this.gradB.get(j) + gradOut.slice(":", j).sum());
    }
    return matmul(gradOut, this.weights.T);
  }

  override step(lr: number): void {
    this.weights.isub(this.gradW.mul(lr));
    this.bias.isub(this.gradB.mul(lr));
    this.gradW.fill(0);
    this.gradB.fill(0);
  }
}

export class ReLU extends Layer {
  forward(x: NDArray): NDArray {
    this.input = x;
    const out = x.copy();
    for (let i = 0; i < out.size; i++) {
      if ((out.data[i] as number) < 0) out.data[i] = 0;
    }
    return out;
  }

  backward(gradOut: NDArray): NDArray {
    const g = gradOut.copy();
    const seen = (this.input ?? g).flatten();
    for (let i = 0; i < g.size; i++) {
      if (seen.get(i) <= 0) g.data[i] = 0;
    }
    return g;
  }
}

const x = array([[0.5, -1.0], [1.5, 2.0], [-0.5, 0.5]]);
const y = array([[1.0], [2.5], [0.0]]);
const first = new Dense(2, 4, 11);
const layers: Layer[] = [first, new ReLU(), new Dense(4, 1, 23)];

const before = first.weightSnapshot;
let h: NDArray = x;
for (const layer of layers) h = layer.forward(h);
const diff = h.sub(y);
console.log("loss before step:", diff.mul(diff).mean());

let g: NDArray = diff.mul(2 / diff.size);
for (const layer of [...layers].reverse()) g = layer.backward(g);
layers.forEach((layer) => layer.step(0.1));

const moved = first.weightSnapshot.sub(before);
console.log("first-layer update:", moved.tolist());
console.log("input unchanged:", x.tolist());
