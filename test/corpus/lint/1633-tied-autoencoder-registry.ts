// Builds a tied-weight autoencoder from encoder/decoder modules and lists its parameter tensors in nested object-dtype registries.
import { array, empty, zeros, NDArray } from "ndalias";

abstract class Module {
  weights: NDArray;
  partner: Module | null = null;

  constructor(readonly inputs: number, readonly outputs: number) {
    this.weights = zeros([inputs, outputs]);
  }

  abstract apply(x: NDArray): NDArray;

  init(seed: number): void {
    let s = seed;
    for (let i = 0; i < this.inputs; i++) {
      for (let j = 0; j < this.outputs; j++) {
        s = (s * 16807) % 2147483647;
        this.weights.set([i, j], (s / 2147483647 - 0.5) * 0.4);
      }
    }
  }
}

class Encoder extends Module {
  apply(x: NDArray): NDArray {
    const out = zeros(this.outputs);
    for (let j = 0; j < this.outputs; j++) {
      out.set(j, Math.tanh(this.weights.slice(":", j).mul(x).sum()));
    }
    return out;
  }
}

class Decoder extends Module {
  apply(code: NDArray): NDArray {
    const source = this.partner ? this.partner.weights.T : this.weights;
    const out = zeros(source.shape[1]);
    for (let j = 0; j < out.size; j++) {
      out.set(j, source.slice(":", j).mul(code).sum());
    }
    return out;
  }

  static tiedPair(features: number, code: number, seed: number): [Encoder, Decoder] {
    const encoder = new Encoder(features, code);
    const decoder = new Decoder(code, features);
    encoder.init(seed);
    encoder.partner = decoder;
    decoder.partner = encoder; // expect: no-reference-cycle
    return [encoder, decoder];
  }
}

class ParamRegistry {
  protected table: NDArray;
  protected count = 0;

  constructor(capacity: number) {
    this.table = empty(capacity, "object");
  }

  register(tensor: NDArray): void {
    this.table.set(this.count, tensor);
    this.count += 1;
  }

  totalElements(): number {
    let n = 0;
    for (let i = 0; i < this.count; i++) {
      const entry = this.table.get(i) as NDArray;
      n += entry.size;
    }
    return n;
  }
}

class ScopedRegistry extends ParamRegistry {
  constructor(capacity: number, readonly scope: string) {
    super(capacity);
  }

  attachSelf(): void {
    this.table.set(this.count, this.table); // expect: no-reference-cycle
    this.count += 1;
  }

  attachChild(child: ScopedRegistry): void {
    this.table.set(this.count, child.table);
    this.count += 1;
  }

  describe(): string {
    return `${this.scope}: ${this.count} entries`;
  }
}

function reconstructionError(enc: Module, dec: Module, x: NDArray): number {
  const recon = dec.apply(enc.apply(x));
  const diff = recon.sub(x);
  return diff.mul(diff).mean();
}

const [encoder, decoder] = Decoder.tiedPair(4, 2, 42);
const sample = array([0.2, -0.1, 0.4, 0.05]);
console.log("reconstruction MSE:", reconstructionError(encoder, decoder, sample).toFixed(5));

const root = new ScopedRegistry(4, "model");
const encScope = new ScopedRegistry(2, "encoder");
encScope.register(encoder.weights);
root.attachChild(encScope);
root.register(decoder.weights);
root.attachSelf();

console.log(root.describe(), "|", encScope.describe(), "| encoder elements:", encScope.totalElements());
