// Keeps a base embedding model and a low-rank adapter as object-dtype component tables, merges the adapter and embeds a few tokens.
import { array, empty, zeros, NDArray, refcount } from "ndalias";

const EMB = 0;
const POS = 1;
const ADAPTER = 2;
const LORA_A = 0;
const LORA_B = 1;
const BASE = 2;

const VOCAB = ["<s>", "neural", "sparse", "hybrid", "search"];
const DIM = 3;

function makeBaseModel(): NDArray {
  const model = empty(3, "object");
  const emb = zeros([VOCAB.length, DIM]);
  for (let i = 0; i < VOCAB.length; i++) {
    for (let d = 0; d < DIM; d++) emb.set([i, d], ((i + 1) * (d + 3)) % 7 / 7);
  }
  model.set(EMB, emb);
  model.set(POS, array([0.0, 0.05, 0.1]));
  model.set(ADAPTER, null);
  return model;
}

function makeAdapter(rank: number): NDArray {
  const adapter = empty(3, "object");
  const a = zeros([VOCAB.length, rank]);
  const b = zeros([rank, DIM]);
  for (let i = 0; i < VOCAB.length; i++) a.set([i, i % rank], 0.1 * (i + 1));
  for (let r = 0; r < rank; r++) b.set([r, r % DIM], 1);
  adapter.set(LORA_A, a);
  adapter.set(LORA_B, b);
  adapter.set(BASE, null);
  return adapter;
}

function attachAdapter(base: NDArray, adapter: NDArray): void {
  adapter.set(BASE, base);
  base.set(ADAPTER, adapter); // expect: no-reference-cycle
}

function mergedEmbeddings(base: NDArray, adapter: NDArray): NDArray {
  const emb: NDArray = base.get(EMB);
  const a: NDArray = adapter.get(LORA_A);
  const b: NDArray = adapter.get(LORA_B);
  const delta = zeros(emb.shape);
  for (let i = 0; i < emb.shape[0]; i++) {
    for (let d = 0; d < emb.shape[1]; d++) {
      delta.set([i, d], a.slice(i).mul(b.slice(":", d)).sum());
    }
  }
  return emb.add(delta);
}

function embed(table: NDArray, pos: NDArray, tokens: string[]): NDArray {
  const ids = tokens.map((t) => Math.max(0, VOCAB.indexOf(t)));
  const rows = table.take(ids, 0);
  rows.iadd(pos);
  return rows;
}

function checkpoint(components: NDArray[]): NDArray {
  const ckpt = empty(components.length, "object");
  components.forEach((c, i) => {
    ckpt.set(i, c.copy());
  });
  return ckpt;
}

const base = makeBaseModel();
const adapter = makeAdapter(2);
attachAdapter(base, adapter);

const merged = mergedEmbeddings(base, adapter);
const pos: NDArray = base.get(POS);
const query = ["neural", "sparse", "search"];
const vectors = embed(merged, pos, query);
query.forEach((t, i) => {
  console.log(t.padEnd(7), (vectors.slice(i).tolist() as number[]).map((x) => x.toFixed(3)).join(" "));
});

const plain = embed(base.get(EMB), pos, query);
console.log("adapter shift:", vectors.sub(plain).sum().toFixed(3));

const ckpt = checkpoint([merged, pos]);
console.log("checkpoint entries:", ckpt.size, "merged refs:", refcount(merged));

console.log("base refs:", refcount(base), "adapter refs:", refcount(adapter));
ckpt.dispose();
adapter.dispose();
base.dispose();
console.log("released components");
