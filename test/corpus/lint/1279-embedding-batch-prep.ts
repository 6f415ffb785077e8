// Prepares a batch of token embeddings for attention: recentres each batch, applies a decayed bias row and prints per-token norms and scores.
import { array, zeros, NDArray } from "ndalias";

interface Batch {
  readonly ids: readonly number[];
  emb: NDArray;
  scale?: number;
  positions?: NDArray;
}

interface PrepOptions {
  decay?: number;
  centre?: boolean;
}

const VOCAB = array([
  [0.2, -0.1, 0.4, 0.0],
  [0.5, 0.3, -0.2, 0.1],
  [-0.3, 0.8, 0.1, 0.2],
  [0.0, 0.0, 0.9, -0.4],
  [0.6, -0.5, 0.2, 0.3],
]);

const lookup = (ids: readonly number[]): NDArray => VOCAB.take([...ids], 0);

function makeBatch(ids: readonly number[], scale?: number): Batch {
  const emb = lookup(ids);
  return { ids, emb, scale, positions: array(ids.map((_, i) => i / Math.max(ids.length - 1, 1))) };
}

function recenter(batch: Batch): void {
  const centred = batch.emb.sub(batch.emb.mean());
  centred.imul(batch.scale ?? 1); // expect: no-lost-write
}

function rowNorms({ emb }: Batch): number[] {
  return Array.from({ length: emb.shape[0] }, (_, i) => {
    const row = emb.slice(i);
    return Math.sqrt(row.mul(row).sum());
  });
}

function scores(query: NDArray, { emb }: Batch): NDArray {
  const out = zeros(emb.shape[0]);
  for (let i = 0; i < out.size; i++) out.set(i, emb.slice(i).mul(query).sum());
  out.idiv(Math.sqrt(query.size));
  return out;
}

function addPositions(batch: Batch): void {
  const pos = batch.positions;
  if (!pos) return;
  batch.emb.slice(":", 0).iadd(pos);
}

const batches = [makeBatch([0, 1, 2], 2), makeBatch([3, 4]), makeBatch([1, 1, 4, 0], 0.5)];
const { decay = 0.9, centre = true }: PrepOptions = {};

if (centre) batches.forEach(recenter);
batches.forEach(addPositions);

// A bias row broadcast over every token; decayed after each batch.
const bias = array([0.05, -0.02, 0.0, 0.01]);
const biasRow = bias.expandDims(0);
batches.forEach((b, i) => b.emb.iadd(biasRow.mul(decay ** i)));
// Keep the row decayed for the next call of the pipeline.
biasRow.imul(decay ** batches.length); // expect: no-view-mutation
console.log("bias after decay:", bias.tolist());

const [first, ...others] = batches;
const query = first?.emb.slice(0).copy() ?? zeros(4);
query.imul(2);

console.log("norms:", batches.map(rowNorms).map((ns) => ns.map((n) => n.toFixed(3))));
for (const [i, b] of others.entries()) {
  console.log(`scores batch ${i + 1}:`, (scores(query, b).tolist() as number[]).map((s) => s.toFixed(3)));
}

// The vocabulary swapped to (dim, token) for a column dump; read only.
const byDim = VOCAB.swapaxes(0, 1);
const dimMeans = Array.from({ length: byDim.shape[0] }, (_, d) => byDim.slice(d).mean());
console.log("dimension means:", dimMeans.map((m) => m.toFixed(3)));
console.log("first batch ids:", first?.ids, "embedding:", first?.emb.tolist());
