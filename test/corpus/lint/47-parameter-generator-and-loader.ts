// A model exposes its parameters through a generator for weight decay, and an async loader serves cached embeddings.
import { array, NDArray } from "ndalias";

class TinyNet {
  w1 = array([[0.2, -0.4], [0.6, 0.1]]);
  b1 = array([0.0, 0.1]);
  *parameters(): Generator<NDArray> {
    yield this.w1;
    yield this.b1;
  }
  *frozenParameters(): Generator<NDArray> {
    yield this.w1.copy();
    yield this.b1.copy();
  }
}

const net = new TinyNet();
for (const frozen of net.frozenParameters()) {
  frozen.imul(0);
  console.log("zeroed copy:", frozen.tolist());
}
for (const p of net.parameters()) {
  p.imul(0.99); // expect: no-alias-mutation
}
console.log("w1 after decay:", net.w1.tolist());

const EMBEDDINGS = array([[0.1, 0.2], [0.3, 0.4]]);

async function loadEmbeddings(): Promise<NDArray> {
  await Promise.resolve();
  return EMBEDDINGS;
}

async function main(): Promise<void> {
  const emb = await loadEmbeddings();
  emb.idiv(emb.max()); // expect: no-alias-mutation
  console.log("normalised:", emb.tolist(), "cache:", EMBEDDINGS.tolist());
}

void main();
