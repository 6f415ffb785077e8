// Risk factor tree: files factor loadings in object-dtype tables under a parent-linked hierarchy, rescales sleeves and prints the aggregate.
import { array, empty, zeros, NDArray, refcount } from "ndalias";

class Sleeve {
  weights: NDArray;
  parent: Portfolio | null = null;
  constructor(readonly name: string, weights: number[]) {
    this.weights = array(weights);
  }
  rescale(target: number): number {
    const g = this.weights.sum();
    if (g === 0) return 0;
    this.weights.imul(target / g);
    return this.weights.sum();
  }
}

class Portfolio {
  loadings = zeros(3);
  constructor(readonly name: string) {}
  add(s: Sleeve): void {
    s.parent = this;
  }
  aggregate(): NDArray {
    return this.loadings.copy();
  }
}

const factorNames = ["mkt", "size", "value"];
const raw: Record<string, number[]> = {
  core: [0.9, 0.1, -0.2],
  satellite: [1.3, 0.6, 0.4],
  hedge: [-0.8, 0.0, 0.1],
};

const root = new Portfolio("fund");
const sleeves: Sleeve[] = [];
for (const name of Object.keys(raw)) {
  const s = new Sleeve(name, raw[name]);
  root.add(s);
  sleeves.push(s);
}

const table = empty(sleeves.length, "object");
const meta = empty(2, "object");
for (let i = 0; i < sleeves.length; i++) table.set(i, sleeves[i].weights);
meta.set(0, table);
meta.set(1, array(factorNames.map((_, k) => k)));
console.log("table refs:", refcount(table), "meta slots:", meta.size);

let rescaled = 0;
sleeve: for (const s of sleeves) {
  let target = 1;
  switch (s.name) {
    case "core":
      target = 1;
      break;
    case "satellite":
      target = 0.5;
      break;
    case "hedge":
      if (s.weights.sum() >= 0) continue sleeve;
      target = -0.4;
      break;
    default:
      continue;
  }
  const after = s.rescale(target);
  if (!Number.isFinite(after)) break;
  rescaled++;
  root.loadings.iadd(s.weights);
}

let tail = { name: "head", weights: zeros(3), next: null as null | { name: string; weights: NDArray; next: unknown } };
const chainHead = tail;
for (const f of factorNames) {
  const node = { name: f, weights: zeros(3), next: null };
  tail.next = node;
  tail = node;
}

let concentration = 0;
try {
  const agg = root.aggregate();
  agg.imul(agg);
  concentration = agg.sum();
  if (concentration > 10) throw new RangeError(`concentration ${concentration.toFixed(2)}`);
} catch (err) {
  console.warn("concentration check:", (err as Error).message);
} finally {
  console.log("sleeves rescaled:", rescaled);
}

const parentNames = sleeves.map((s) => s.parent?.name ?? "orphan");
const unbalanced = (concentration > 2 && rescaled < sleeves.length) || root.loadings.max() > 2;
console.log("chain starts at:", chainHead.name, "parents:", parentNames.join(","));
console.log("fund loadings:", root.loadings.tolist(), "unbalanced:", unbalanced);
console.log("sleeve weights:", sleeves.map((s) => s.weights.tolist()));
