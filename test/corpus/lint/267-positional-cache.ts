// Sinusoidal positional encodings with a class-level cache shared by every encoder, a scaled variant, and padding handling at inference.
import { array, zeros, NDArray } from "ndalias";

export abstract class PositionalEncoding {
  protected static table: NDArray | null = null;

  protected static build(len: number, dim: number): NDArray {
    const t = zeros([len, dim]);
    for (let pos = 0; pos < len; pos++) {
      for (let i = 0; i < dim; i++) {
        const angle = pos / Math.pow(10000, (2 * Math.floor(i / 2)) / dim);
        t.set([pos, i], i % 2 === 0 ? Math.sin(angle) : Math.cos(angle));
      }
    }
    return t;
  }

  static lookup(len: number, dim: number): NDArray {
    const cached = PositionalEncoding.table;
    if (cached !== null && cached.shape[0] >= len && cached.shape[1] === dim) {
      return cached.slice(`:${len}`);
    }
    PositionalEncoding.table = PositionalEncoding.build(Math.max(len, 16), dim);
    return PositionalEncoding.table.slice(`:${len}`);
  }

  static clear(): void {
    if (PositionalEncoding.table !== null) PositionalEncoding.table.fill(0);
    PositionalEncoding.table = null;
  }

  abstract encode(x: NDArray): NDArray;
}

export class AdditiveEncoding extends PositionalEncoding {
  encode(x: NDArray): NDArray {
    const pe = PositionalEncoding.lookup(x.shape[0], x.shape[1]);
    return x.add(pe);
  }
}

export class ScaledEncoding extends AdditiveEncoding {
  constructor(private readonly scale: number) {
    super();
  }

  override encode(x: NDArray): NDArray {
    const n = x.shape[0];
    PositionalEncoding.lookup(n, x.shape[1]);
    const shared = PositionalEncoding.table;
    if (shared === null) return x.copy();
    shared.imul(this.scale); // expect: no-alias-mutation
    return x.add(shared.slice(`:${n}`));
  }
}

export function encodeAll(encoder: PositionalEncoding, batch: NDArray[]): NDArray[] {
  return batch.map((x) => encoder.encode(x));
}

const tokens = array([[0.2, 0.1, 0.0, 0.4], [0.5, 0.3, 0.2, 0.1], [0.0, 0.0, 0.0, 0.0]]);
const paddingRow = 2;

const plain = new AdditiveEncoding().encode(tokens);
const scaled = new ScaledEncoding(0.5).encode(tokens);
const [again] = encodeAll(new AdditiveEncoding(), [tokens]);

plain.take([paddingRow], 0).fill(0); // expect: no-lost-write

const masked = scaled.copy();
masked.slice(paddingRow).fill(0);
console.log("plain:", plain.tolist());
console.log("scaled (padding masked):", masked.tolist());
console.log("re-encoded:", again.tolist());
