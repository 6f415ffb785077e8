// Layer hierarchy for a small network: the base class owns a weight copy, subclasses extend forward() through super, layers are linked into a sequence, and diagnostics inspect and clip the weights.
import { array, ones, NDArray } from "ndalias";

class Layer {
  static count = 0;
  protected readonly weights: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;

  constructor(init: NDArray) {
    this.weights = init.copy();
    Layer.count++;
  }

  forward(x: NDArray): NDArray {
    return x.mul(this.weights);
  }

  get params(): NDArray {
    return this.weights;
  }

  scale(k: number): this {
    this.weights.imul(k);
    return this;
  }

  medianWeight(): number {
    const flat = this.weights.ravel();
    flat.sort(); // expect: no-view-mutation
    return flat.get(Math.floor(flat.size / 2));
  }
}

class BiasedLayer extends Layer {
  #bias: NDArray;
  constructor(init: NDArray, bias: number) {
    super(init);
    this.#bias = ones(init.size).mul(bias);
  }
  override forward(x: NDArray): NDArray {
    const y = super.forward(x);
    y.iadd(this.#bias);
    return y;
  }
  get bias(): number {
    return this.#bias.get(0);
  }
  set bias(v: number) {
    this.#bias.fill(v);
  }
}

class ReluLayer extends BiasedLayer {
  override forward(x: NDArray): NDArray {
    const y = super.forward(x);
    for (let i = 0; i < y.size; i++) if (y.get(i) < 0) y.set(i, 0);
    return y;
  }
  clipWeights(limit: number): number {
    const w = this.params;
    for (let i = 0; i < w.size; i++) {
      w.set(i, Math.min(limit, w.get(i))); // expect: no-alias-mutation
    }
    return this.forward(ones(w.size)).sum();
  }
}

function link(layers: Layer[]): Layer {
  for (let i = 1; i < layers.length; i++) {
    const before = layers[i - 1];
    const after = layers[i];
    before.next = after;
    after.prev = before; // expect: no-reference-cycle
  }
  return layers[0];
}

function forwardAll(head: Layer | null, x: NDArray): NDArray {
  for (let l = head; l; l = l.next) x = l.forward(x);
  return x;
}

const biased = new BiasedLayer(array([1, 1, 1]), 0.1);
const relu = new ReluLayer(array([2, -3, 0.5]), -0.2);
const head = link([new Layer(array([0.5, -1, 2])), biased, relu]);
const before = biased.params.sum();
biased.scale(0.5).bias = 0;
console.log("out:", forwardAll(head, ones(3)).tolist(), "biased sum:", before, "->", biased.params.sum());
console.log("median:", head.medianWeight(), "clipped output:", relu.clipWeights(1), "layers:", Layer.count);
