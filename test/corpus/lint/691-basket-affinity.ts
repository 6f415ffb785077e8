// E-commerce basket analysis: builds a product co-occurrence matrix from orders, derives lift scores and recommends add-on products.
import { zeros, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Pair<A, B> = { first: A; second: B };

interface Product {
  sku: string;
  name: string;
  category: string;
}

interface Order {
  orderId: string;
  skus: string[];
}

class Registry<K, V> {
  private readonly items = new Map<K, V>();
  register(key: K, value: V): void {
    this.items.set(key, value);
  }
  lookup(key: K): Option<V> {
    return this.items.get(key);
  }
  keys(): K[] {
    return [...this.items.keys()];
  }
  get size(): number {
    return this.items.size;
  }
}

function pair<A, B>(first: A, second: B): Pair<A, B> {
  return { first, second };
}

/** Clears self-pairs so a product never recommends itself. */
function zeroDiagonal(m: NDArray): void {
  const n = Math.min(m.shape[0], m.shape[1]);
  for (let i = 0; i < n; i++) {
    m.set([i, i], 0);
  }
}

function productIndex(catalog: Product[]): Map<string, number> {
  const index = new Map<string, number>();
  catalog.forEach((p, i) => index.set(p.sku, i));
  return index;
}

class AffinityTracker {
  private readonly counts: NDArray;
  private readonly orderCounts: NDArray;
  private ordersSeen = 0;

  constructor(private readonly index: Map<string, number>) {
    this.counts = zeros([index.size, index.size]);
    this.orderCounts = zeros(index.size);
  }

  ingest(order: Order): number {
    const idx = order.skus.map((s) => this.index.get(s)).filter((i): i is number => i !== undefined);
    for (const a of idx) {
      this.orderCounts.set(a, this.orderCounts.get(a) + 1);
      for (const b of idx) {
        if (a !== b) this.counts.set([a, b], this.counts.get(a, b) + 1);
      }
    }
    this.ordersSeen += 1;
    return idx.length;
  }

  supportVector(): NDArray {
    const support = this.orderCounts.copy();
    support.idiv(Math.max(1, this.ordersSeen));
    return support;
  }

  liftMatrix(): NDArray {
    let lift: NDArray = this.counts;
    lift = lift.add(0.5);
    const support = this.supportVector();
    const n = lift.shape[0];
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const expected = support.get(a) * support.get(b) * Math.max(1, this.ordersSeen);
        lift.set([a, b], lift.get(a, b) / Math.max(expected, 1e-9));
      }
    }
    zeroDiagonal(lift);
    return lift;
  }

  decay(factor: number): number {
    const busiest = this.counts.slice(0);
    const peakBefore = busiest.max();
    this.counts.imul(factor);
    this.orderCounts.imul(factor);
    const after = this.counts.slice(0);
    return peakBefore - after.max();
  }

  coOccurrence(a: number, b: number): number {
    return this.counts.get(a, b);
  }
}

function recommend(tracker: AffinityTracker, catalog: Product[], sku: string, k: number): Product[] {
  const index = productIndex(catalog);
  const row = index.get(sku);
  if (row === undefined) return [];
  const lift = tracker.liftMatrix();
  const scores = lift.slice(row);
  const ranked = catalog
    .map((p, i) => pair(p, scores.get(i) as number))
    .filter((pr) => pr.first.sku !== sku && pr.second > 0)
    .sort((x, y) => y.second - x.second);
  return ranked.slice(0, k).map((pr) => pr.first);
}

function categoryShare(tracker: AffinityTracker, catalog: Product[]): Pair<string[], NDArray> {
  const categories = [...new Set(catalog.map((p) => p.category))];
  const share = zeros(categories.length);
  const support = tracker.supportVector();
  catalog.forEach((p, i) => {
    const c = categories.indexOf(p.category);
    share.set(c, share.get(c) + support.get(i));
  });
  const total = share.sum();
  if (total > 0) share.idiv(total);
  return pair(categories, share);
}

const catalog: Product[] = [
  { sku: "TEA-01", name: "Green tea", category: "drinks" },
  { sku: "MUG-02", name: "Ceramic mug", category: "kitchen" },
  { sku: "HNY-03", name: "Honey jar", category: "pantry" },
  { sku: "KTL-04", name: "Kettle", category: "kitchen" },
  { sku: "BIS-05", name: "Biscuits", category: "pantry" },
];

const orders: Order[] = [
  { orderId: "o-1", skus: ["TEA-01", "MUG-02"] },
  { orderId: "o-2", skus: ["TEA-01", "HNY-03", "BIS-05"] },
  { orderId: "o-3", skus: ["KTL-04", "MUG-02", "TEA-01"] },
  { orderId: "o-4", skus: ["HNY-03", "BIS-05"] },
  { orderId: "o-5", skus: ["TEA-01", "BIS-05"] },
];

const products = new Registry<string, Product>();
catalog.forEach((p) => products.register(p.sku, p));

const tracker = new AffinityTracker(productIndex(catalog));
let lines = 0;
for (const order of orders) lines += tracker.ingest(order);
console.log(`ingested ${orders.length} orders, ${lines} lines, ${products.size} products`);

const tea = products.lookup("TEA-01");
if (tea) {
  const picks = recommend(tracker, catalog, tea.sku, 2);
  console.log(`with ${tea.name}:`, picks.map((p) => p.name).join(", "));
}

const { first: categories, second: share } = categoryShare(tracker, catalog);
categories.forEach((c, i) => console.log(`${c}: ${(share.get(i) * 100).toFixed(1)}%`));

console.log("tea+mug before decay:", tracker.coOccurrence(0, 1));
console.log("peak drop after decay:", tracker.decay(0.5));
console.log("tea+mug after decay:", tracker.coOccurrence(0, 1));
