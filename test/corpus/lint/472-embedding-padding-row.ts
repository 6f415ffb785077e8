// An embedding layer with a zeroed padding row: seeded uniform init, scaled lookups and row-wise sparse SGD updates.
import { array, NDArray, zeros } from "ndalias";

// Fills w with deterministic uniform values in [-scale, scale].
function uniformInit(w: NDArray, seed: number, scale: number): void {
  let s = seed;
  for (let i = 0; i < w.size; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    w.data[i] = ((s / 2147483648) * 2 - 1) * scale;
  }
}

class Embedding {
  readonly table: NDArray;

  constructor(vocab: number, readonly dim: number, readonly paddingIdx: number, seed: number) {
    this.table = zeros([vocab, dim]);
    uniformInit(this.table, seed, 0.1);
    this.table.slice(paddingIdx).fill(0);
  }

  lookup(ids: number[]): NDArray {
    return this.table.take(ids, 0);
  }

  scaledLookup(ids: number[]): NDArray {
    const rows = this.table.take(ids, 0);
    rows.imul(Math.sqrt(this.dim));
    return rows;
  }

  applySparseGrad(ids: number[], grads: NDArray, lr: number): void {
    ids.forEach((id, k) => {
      if (id === this.paddingIdx) return;
      this.table.slice(id).isub(grads.slice(k).mul(lr));
    });
  }
}

const PAD = 0;
const emb = new Embedding(6, 4, PAD, 42);

const sentence = [3, 1, 4, PAD, PAD];
const vectors = emb.scaledLookup(sentence);
console.log("scaled vectors:", vectors.tolist());

// Pretend gradient from the downstream loss: one row per token.
const grads = zeros([sentence.length, emb.dim]);
for (let k = 0; k < sentence.length; k++) {
  grads.slice(k).fill(0.5 * (k + 1));
}
emb.applySparseGrad(sentence, grads, 0.01);

// Freeze token 5 by zeroing it, then look at what the layer now returns.
emb.table.slice(5).fill(0);
const padRow = emb.table.slice(PAD);
const frozenRow = emb.table.slice(5);
console.log("padding row stays zero:", padRow.tolist());
console.log("frozen row:", frozenRow.tolist());
console.log("updated lookup:", emb.lookup([3, 1, 4]).tolist());
console.log("vectors from before the update:", vectors.sum().toFixed(4));
