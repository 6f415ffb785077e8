// Knowledge-graph store: entities are object-dtype records that link to neighbours, with a dense adjacency matrix for degree statistics.
import { array, zeros, empty, NDArray } from "ndalias";

const N = 5;
const ADJ = zeros([N, N]);
const NAME = 0;
const EMBEDDING = 1;
const OUT = 2;
const BACK = 3;

function makeEntity(name: string, embedding: number[]): NDArray {
  const record = empty(4, "object");
  record.set(NAME, name);
  record.set(EMBEDDING, array(embedding));
  record.set(OUT, null);
  record.set(BACK, null);
  return record;
}

function embeddingOf(record: NDArray): NDArray {
  return record.get(EMBEDDING);
}

function linkDirected(from: NDArray, to: NDArray, i: number, j: number): void {
  from.set(OUT, to);
  ADJ.set([i, j], 1);
}

function linkSymmetric(u: NDArray, v: NDArray, i: number, j: number): void {
  u.set(OUT, v);
  v.set(BACK, u); // expect: no-reference-cycle
  ADJ.set([i, j], 1);
  ADJ.set([j, i], 1);
}

function degree(i: number): number {
  return ADJ.slice(i).sum() + ADJ.slice(":", i).sum();
}

function similarity(a: NDArray, b: NDArray): number {
  const ea = embeddingOf(a);
  const eb = embeddingOf(b);
  const dot = ea.mul(eb).sum();
  return dot / Math.sqrt(ea.mul(ea).sum() * eb.mul(eb).sum());
}

function pruneEntity(i: number): number {
  ADJ.slice(":", i).fill(0);
  const row = ADJ.slice(i);
  row.fill(0); // expect: no-view-mutation
  return ADJ.sum();
}

function withoutEntity(i: number): number {
  const trial = ADJ.copy();
  trial.slice(i).fill(0);
  trial.slice(":", i).fill(0);
  return trial.sum();
}

function neighbourName(record: NDArray, slot: number): string {
  const other = record.get(slot);
  return other === null ? "-" : String(other.get(NAME));
}

const entities = [
  makeEntity("paris", [0.9, 0.1, 0.3]),
  makeEntity("france", [0.8, 0.2, 0.4]),
  makeEntity("seine", [0.7, 0.0, 0.9]),
  makeEntity("lyon", [0.6, 0.3, 0.2]),
  makeEntity("rhone", [0.5, 0.1, 0.8]),
];

linkSymmetric(entities[0], entities[1], 0, 1);
linkDirected(entities[2], entities[0], 2, 0);
linkDirected(entities[3], entities[1], 3, 1);
linkDirected(entities[4], entities[3], 4, 3);

for (let i = 0; i < N; i++) {
  const r = entities[i];
  console.log(`${r.get(NAME)}: degree ${degree(i)}, out ${neighbourName(r, OUT)}, back ${neighbourName(r, BACK)}`);
}
console.log("paris~france:", similarity(entities[0], entities[1]).toFixed(3));
console.log("edges without lyon:", withoutEntity(3), "edges now:", ADJ.sum());
console.log("edges after pruning lyon:", pruneEntity(3));
console.log("adjacency:", ADJ.tolist());
