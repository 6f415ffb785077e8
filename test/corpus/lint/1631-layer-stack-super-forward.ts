// A small feed-forward stack of scale-and-shift, ReLU and inverted-dropout layers run over one input batch.
import { array, ones, zeros, NDArray } from "ndalias";

abstract class Layer {
  constructor(readonly name: string) {}

  abstract forward(x: NDArray): NDArray;

  paramCount(): number {
    return 0;
  }

  toString(): string {
    return `${this.name}(${this.paramCount()})`;
  }
}

class Scale extends Layer {
  constructor(protected readonly factor: number) {
    super("scale");
  }

  forward(x: NDArray): NDArray {
    x.imul(this.factor); // expect: no-alias-mutation
    return x;
  }
}

class ScaleShift extends Scale {
  private bias: NDArray;

  constructor(factor: number, width: number) {
    super(factor);
    this.bias = zeros(width);
    this.bias.fill(0.1);
  }

  override forward(x: NDArray): NDArray {
    const scaled = super.forward(x);
    return scaled.add(this.bias);
  }

  override paramCount(): number {
    return this.bias.size + 1;
  }
}

class ReLU extends Layer {
  constructor() {
    super("relu");
  }

  forward(x: NDArray): NDArray {
    const out = x.copy();
    for (let i = 0; i < out.size; i++) {
      if ((out.data[i] as number) < 0) out.data[i] = 0;
    }
    return out;
  }
}

class Dropout extends Layer {
  private mask: NDArray;

  constructor(width: number, private readonly keep: number, seed: number) {
    super("dropout");
    this.mask = ones(width);
    let s = seed;
    for (let i = 0; i < width; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      if (s / 2147483648 > keep) this.mask.set(i, 0);
    }
  }

  forward(x: NDArray): NDArray {
    const kept = x.mul(this.mask);
    kept.idiv(this.keep); // expect: no-lost-write
    return x;
  }
}

class Identity extends Layer {
  constructor() {
    super("identity");
  }

  forward(x: NDArray): NDArray {
    return x;
  }
}

class Sequential extends Layer {
  constructor(private readonly layers: Layer[]) {
    super("sequential");
  }

  forward(x: NDArray): NDArray {
    let h = x;
    for (const layer of this.layers) h = layer.forward(h);
    return h;
  }

  override paramCount(): number {
    return this.layers.reduce((n, l) => n + l.paramCount(), 0);
  }

  override toString(): string {
    return this.layers.map((l) => l.toString()).join(" -> ");
  }
}

function centreRowsInPlace(batch: NDArray): void {
  for (let r = 0; r < batch.shape[0]; r++) {
    const row = batch.slice(r);
    row.isub(row.mean());
  }
}

function describeActivations(layer: Layer, input: NDArray): string {
  const y = layer.forward(input.copy());
  return `${layer.name}: mean=${y.mean().toFixed(3)} max=${y.max().toFixed(3)}`;
}

const batch = array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]]);
const net = new Sequential([new ScaleShift(2, 3), new ReLU(), new Dropout(3, 0.8, 7), new Identity()]);

console.log("network:", net.toString(), "params:", net.paramCount());
console.log(describeActivations(new ReLU(), batch));

const out = net.forward(batch);
console.log("output:", out.tolist());
console.log("input batch after the pass:", batch.tolist());

const centred = batch.copy();
centreRowsInPlace(centred);
console.log("centred input:", centred.tolist());
