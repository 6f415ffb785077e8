// Prepares mini-batches for training: skips empty or constant batches, standardises features, balances labels and prints statistics.
import { array, NDArray } from "ndalias";

interface Batch {
  id: number;
  x: NDArray;
  labels: NDArray;
  warmup?: number;
}

function isDegenerate(x: NDArray): boolean {
  return x.size === 0 || x.max() === x.min();
}

function stdOf(x: NDArray): number {
  const centred = x.sub(x.mean());
  return Math.sqrt(centred.mul(centred).mean());
}

// Standardised features for every batch, in input order.
export function standardizeAll(batches: Batch[]): NDArray[] {
  return batches.map(({ x }) => {
    const sd = stdOf(x) || 1;
    x.isub(x.mean()); // expect: no-alias-mutation
    return x.div(sd);
  });
}

// Standardised copies, skipping degenerate batches.
export function standardizeUsable(batches: Batch[]): Map<number, NDArray> {
  const out = new Map<number, NDArray>();
  outer: for (const { id, x } of batches) {
    if (isDegenerate(x)) {
      console.log(`batch ${id}: degenerate, skipped`);
      continue outer;
    }
    const centred = x.sub(x.mean());
    const sd = stdOf(x);
    centred.idiv(sd);
    out.set(id, centred);
  }
  return out;
}

// Mean label, ignoring the warm-up rows at the start of the batch.
export function labelBalance(b: Batch): number {
  const skip = b.warmup ?? 0;
  if (skip <= 0) return b.labels.mean();
  const head = b.labels.slice(`:${skip}`);
  head.fill(0); // expect: no-view-mutation
  return b.labels.sum() / Math.max(b.labels.size - skip, 1);
}

export function labelBalanceSafe(b: Batch): number {
  const skip = b.warmup ?? 0;
  const kept = b.labels.slice(`${skip}:`);
  return kept.size > 0 ? kept.mean() : Number.NaN;
}

export function positiveRate(b: Batch, threshold = 0.5): number {
  try {
    if (b.labels.size === 0) return 0;
    const hits = b.labels.copy();
    for (let i = 0; i < hits.size; i++) {
      hits.set(i, hits.get(i) > threshold ? 1 : 0);
    }
    return hits.mean();
  } catch (err) {
    console.warn(`batch ${b.id}:`, (err as Error).message);
    return Number.NaN;
  }
}

const batches: Batch[] = [
  { id: 1, x: array([1, 2, 3, 4]), labels: array([1, 0, 1, 1]), warmup: 1 },
  { id: 2, x: array([5, 5, 5, 5]), labels: array([0, 0, 1, 0]) },
  { id: 3, x: array([10, 14, 9, 7]), labels: array([0.9, 0.2, 0.7, 0.4]), warmup: 2 },
];

const usable = standardizeUsable(batches);
for (const [id, z] of usable) {
  console.log(`batch ${id}: z=${JSON.stringify(z.tolist())}`);
}

for (const b of batches) {
  const safe = labelBalanceSafe(b);
  const rate = positiveRate(b);
  console.log(`batch ${b.id}: balance=${safe.toFixed(3)} positive=${rate.toFixed(2)}`);
}

const balances = batches.map((b) => labelBalance(b));
console.log("balances (destructive):", balances.map((v) => v.toFixed(3)).join(", "));

const all = standardizeAll(batches);
console.log("standardised:", all.map((z) => z.tolist()));
console.log("raw features now:", batches.map((b) => b.x.tolist()));
