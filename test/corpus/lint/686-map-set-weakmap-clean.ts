// Memoises per-key histograms in a Map that hands out copies, totals the batches tracked in a Set, and keeps per-batch notes in a WeakMap.
import { array, zeros, NDArray } from "ndalias";

const BINS = 4;
const histCache = new Map<string, NDArray>();

function histogram(key: string, values: number[]): NDArray {
  let h = histCache.get(key);
  if (!h) {
    h = zeros(BINS);
    for (const v of values) {
      const bin = Math.min(BINS - 1, Math.max(0, Math.floor(v * BINS)));
      h.set(bin, h.get(bin) + 1);
    }
    histCache.set(key, h);
  }
  return h.copy();
}

const seen = new Set<NDArray>();
const notes = new WeakMap<NDArray, { label: string; reference: NDArray }>();

const batchA = array([0.1, 0.4, 0.35, 0.8]);
const batchB = array([0.9, 0.05, 0.6, 0.2]);
seen.add(batchA);
seen.add(batchB);
notes.set(batchA, { label: "morning", reference: batchA.copy() });

let total = 0;
for (const b of seen) total += b.sum();
console.log("total over seen batches:", total);

const valuesA: number[] = [];
for (let i = 0; i < batchA.size; i++) valuesA.push(batchA.get(i));
const hA = histogram("a", valuesA);
hA.idiv(hA.sum());
console.log("normalised histogram A:", hA.tolist());

const note = notes.get(batchA);
if (note) {
  note.reference.fill(0);
  console.log(note.label, "reference cleared:", note.reference.tolist());
}

// batch B is centred after every read through the set has happened
batchB.isub(batchB.mean());
console.log("centred batch B:", batchB.tolist());
console.log("cached histogram A (raw counts):", histogram("a", []).tolist());
