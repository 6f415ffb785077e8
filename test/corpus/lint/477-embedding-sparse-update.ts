// A word-embedding table with single-token and batched lookups and a sparse SGD update of the looked-up rows.
import { array, NDArray, zeros } from "ndalias";

class Embedding {
  readonly table: NDArray;

  constructor(vocab: number, readonly dim: number, readonly scale: number) {
    this.table = zeros([vocab, dim]);
    for (let r = 0; r < vocab; r++) {
      this.table.slice(r).fill((r + 1) * 0.1);
    }
  }

  // Scaled vector of one token, as fed to the transformer block.
  lookup(id: number): NDArray {
    const row = this.table.slice(id);
    row.imul(this.scale); // expect: no-view-mutation
    return row;
  }

  // Scaled vectors of a batch of tokens, one row each.
  lookupMany(ids: number[]): NDArray {
    const rows = this.table.take(ids, 0);
    rows.imul(this.scale);
    return rows;
  }

  // SGD on the rows that were used in the forward pass.
  sparseUpdate(ids: number[], grads: NDArray, lr: number): void {
    const rows = this.table.take(ids, 0);
    rows.isub(grads.mul(lr)); // expect: no-lost-write
  }

  rowNorms(): number[] {
    const norms: number[] = [];
    for (let r = 0; r < this.table.shape[0]; r++) {
      const row = this.table.slice(r);
      norms.push(Math.sqrt(row.mul(row).sum()));
    }
    return norms;
  }
}

const emb = new Embedding(5, 3, 2);
const bos = emb.lookup(0);
const batch = emb.lookupMany([1, 2, 4]);
console.log("BOS vector:", bos.tolist());
console.log("batch vectors:", batch.tolist());

const grads = array([
  [0.1, 0.1, 0.1],
  [0.2, -0.2, 0.2],
  [0.0, 0.3, -0.3],
]);
emb.sparseUpdate([1, 2, 4], grads, 0.5);

console.log("row norms after update:", emb.rowNorms().map((n) => n.toFixed(3)));
console.log("table:", emb.table.tolist());
