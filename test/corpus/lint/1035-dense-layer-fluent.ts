// A small dense-network toolkit: layers from pretrained matrices or Glorot init, fluent tuning and a sequential forward pass.
import { array, zeros, NDArray } from "ndalias";

abstract class Layer {
  protected readonly label: string;

  constructor(label: string) {
    this.label = label;
  }

  abstract forward(x: NDArray): NDArray;
  abstract paramCount(): number;

  describe(): string {
    return `${this.label} (${this.paramCount()} params)`;
  }
}

class Dense extends Layer {
  #weights: NDArray;
  #bias: NDArray;

  constructor(weights: NDArray, bias: NDArray) {
    super(`dense ${weights.shape[0]}x${weights.shape[1]}`);
    this.#weights = weights;
    this.#bias = bias;
  }

  // Row 0 of an embedding matrix belongs to the padding token and must stay zero.
  static fromPretrained(matrix: NDArray): Dense {
    const paddingRow = matrix.slice(0);
    paddingRow.fill(0); // expect: no-view-mutation
    return new Dense(matrix.copy(), zeros(matrix.shape[1]));
  }

  static glorot(inputs: number, outputs: number): Dense {
    const limit = Math.sqrt(6 / (inputs + outputs));
    const w = zeros([inputs, outputs]);
    for (let i = 0; i < inputs; i++) {
      for (let j = 0; j < outputs; j++) {
        const u = ((i * 7 + j * 3 + 1) % 11) / 11;
        w.set([i, j], (2 * u - 1) * limit);
      }
    }
    return new Dense(w, zeros(outputs));
  }

  get weights(): NDArray {
    return this.#weights.copy();
  }

  get bias(): NDArray {
    return this.#bias.copy();
  }

  scaleWeights(k: number): this {
    const w = this.#weights;
    w.imul(k); // expect: no-alias-mutation
    return this;
  }

  shiftBias(delta: NDArray): this {
    this.#bias.iadd(delta);
    return this;
  }

  forward(x: NDArray): NDArray {
    const rows = x.shape[0];
    const [inputs, outputs] = this.#weights.shape;
    const out = zeros([rows, outputs]);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < outputs; c++) {
        let s: number = this.#bias.get(c);
        for (let k = 0; k < inputs; k++) s += x.get(r, k) * this.#weights.get(k, c);
        out.set([r, c], Math.max(0, s));
      }
    }
    return out;
  }

  paramCount(): number {
    return this.#weights.size + this.#bias.size;
  }

  l2Penalty(lambda: number): number {
    const squared = this.#weights.copy();
    squared.imul(this.#weights);
    return lambda * squared.sum();
  }
}

class Sequential {
  readonly #layers: Layer[] = [];

  add(layer: Layer): this {
    this.#layers.push(layer);
    return this;
  }

  forward(x: NDArray): NDArray {
    let h = x;
    for (const layer of this.#layers) h = layer.forward(h);
    return h;
  }

  penalty(lambda: number): number {
    let total = 0;
    for (const layer of this.#layers) {
      if (layer instanceof Dense) total += layer.l2Penalty(lambda);
    }
    return total;
  }

  summary(): string[] {
    return this.#layers.map((l) => l.describe());
  }
}

const pretrained = array([
  [0.05, -0.02],
  [0.4, -0.2],
  [0.1, 0.3],
]);

const embed = Dense.fromPretrained(pretrained).scaleWeights(0.5).shiftBias(array([0.1, -0.1]));
const head = Dense.glorot(2, 3);
const net = new Sequential().add(embed).add(head);

const batch = array([
  [1, 0, 2],
  [0, 1, 1],
]);
const logits = net.forward(batch);

console.log(net.summary().join("\n"));
console.log("logits:", logits.tolist());
console.log("l2 penalty:", net.penalty(1e-3));
console.log("embedding weights:", embed.weights.tolist(), "bias:", embed.bias.tolist());
console.log("pretrained matrix (should be untouched):", pretrained.tolist());
