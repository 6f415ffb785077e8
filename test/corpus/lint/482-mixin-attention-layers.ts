// Composes attention layers from mixins, links an encoder and a decoder, and prints normalised and scaled weights.
import { array, ones, NDArray } from "ndalias";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor<T = object> = new (...args: any[]) => T;

class Layer {
  weights: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;
  constructor(readonly name: string, weights: NDArray) {
    this.weights = weights;
  }
}

const Normalizing = <TBase extends Ctor<Layer>>(Base: TBase) =>
  class extends Base {
    normalized(): NDArray {
      const w = this.weights;
      w.idiv(w.sum()); // expect: no-alias-mutation
      return w;
    }

    scaledCopy(k: number): NDArray {
      const w = this.weights.copy();
      w.imul(k);
      return w;
    }
  };

const Describable = <TBase extends Ctor<Layer>>(Base: TBase) =>
  class extends Base {
    describe(): string {
      const up = this.prev?.name ?? "input";
      const down = this.next?.name ?? "output";
      return `${up} -> ${this.name} -> ${down} (${this.weights.size} weights)`;
    }
  };

const AttentionLayer = Describable(Normalizing(Layer));
type AttentionLayer = InstanceType<typeof AttentionLayer>;

function buildPair(width: number): [AttentionLayer, AttentionLayer] {
  const encoder = new AttentionLayer("encoder", ones(width));
  const decoder = new AttentionLayer("decoder", array([1, 2, 3, 4].slice(0, width)));
  encoder.next = decoder;
  decoder.prev = encoder; // expect: no-reference-cycle
  return [encoder, decoder];
}

const [enc, dec] = buildPair(4);
console.log(enc.describe());
console.log(dec.describe());
console.log("encoder attention:", enc.normalized().tolist());
console.log("decoder x2:", dec.scaledCopy(2).tolist());
console.log("decoder raw total:", dec.weights.sum());
