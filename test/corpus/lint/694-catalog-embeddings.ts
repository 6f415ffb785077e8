// E-commerce catalog search: product embeddings, substitute links, seasonal boosts and a similarity ranking for a hero product.
import { array, zeros, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Pair<A, B> = readonly [A, B];

class Product {
  substitute: Product | null = null;
  constructor(
    readonly sku: string,
    readonly title: string,
    readonly season: "summer" | "winter" | "all",
    public embedding: NDArray,
  ) {}
  get norm(): number {
    return Math.sqrt(this.embedding.mul(this.embedding).sum());
  }
}

class Registry<K, V> {
  private readonly byKey = new Map<K, V>();
  put(key: K, value: V): void {
    this.byKey.set(key, value);
  }
  get(key: K): Option<V> {
    return this.byKey.get(key);
  }
  all(): V[] {
    return [...this.byKey.values()];
  }
}

function dot(a: NDArray, b: NDArray): number {
  return a.mul(b).sum();
}

function similarityScore(a: NDArray, b: NDArray): number {
  const na = Math.sqrt(dot(a, a));
  const nb = Math.sqrt(dot(b, b));
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

function unitVector(v: NDArray): NDArray {
  const n = Math.sqrt(dot(v, v));
  const u = v.copy();
  if (n > 0) u.idiv(n);
  return u;
}

function linkSubstitutes(a: Product, b: Product): Pair<Product, Product> {
  a.substitute = b;
  b.substitute = a; // expect: no-reference-cycle
  return [a, b];
}

class CatalogIndex {
  private readonly matrix: NDArray;
  private readonly skus: string[];

  constructor(products: Product[]) {
    const dim = products[0]?.embedding.size ?? 0;
    this.matrix = zeros([products.length, dim]);
    this.skus = products.map((p) => p.sku);
    products.forEach((p, i) => this.matrix.assign(`${i}`, unitVector(p.embedding)));
  }

  rowOf(sku: string): number {
    return this.skus.indexOf(sku);
  }

  scoresFor(query: NDArray): NDArray {
    const q = unitVector(query);
    const scores = zeros(this.skus.length);
    for (let i = 0; i < this.skus.length; i++) {
      scores.set(i, dot(this.matrix.slice(i), q));
    }
    return scores;
  }

  seasonalBoost(products: Product[], season: "summer" | "winter", boost: number): number {
    const idx = products.filter((p) => p.season === season).map((p) => this.rowOf(p.sku));
    if (idx.length === 0) return 0;
    const seasonal = this.matrix.take(idx);
    seasonal.imul(boost); // expect: no-lost-write
    return idx.length;
  }

  topK(query: NDArray, k: number): Pair<string, number>[] {
    const scores = this.scoresFor(query);
    return this.skus
      .map((sku, i): Pair<string, number> => [sku, scores.get(i) as number])
      .sort((x, y) => y[1] - x[1])
      .slice(0, k);
  }
}

function describeRanking(ranking: Pair<string, number>[], registry: Registry<string, Product>): string {
  return ranking
    .map(([sku, score]) => `${registry.get(sku)?.title ?? sku} (${score.toFixed(3)})`)
    .join(", ");
}

function substituteChain(start: Product, maxHops: number): string[] {
  const seen: string[] = [];
  let cur: Product | null = start;
  while (cur && seen.length < maxHops && !seen.includes(cur.sku)) {
    seen.push(cur.sku);
    cur = cur.substitute;
  }
  return seen;
}

function seasonCentroid(items: Product[], season: Product["season"]): Option<NDArray> {
  const members = items.filter((p) => p.season === season);
  if (members.length === 0) return undefined;
  const centroid = zeros(members[0].embedding.size);
  for (const m of members) centroid.iadd(unitVector(m.embedding));
  centroid.idiv(members.length);
  return centroid;
}

const products: Product[] = [
  new Product("SUN-01", "Sunscreen SPF50", "summer", array([0.9, 0.1, 0.0, 0.2])),
  new Product("SUN-02", "After-sun gel", "summer", array([0.8, 0.2, 0.1, 0.1])),
  new Product("SCA-03", "Wool scarf", "winter", array([0.0, 0.9, 0.3, 0.1])),
  new Product("GLV-04", "Thermal gloves", "winter", array([0.1, 0.8, 0.4, 0.0])),
  new Product("BTL-05", "Water bottle", "all", array([0.4, 0.3, 0.6, 0.5])),
];

const registry = new Registry<string, Product>();
products.forEach((p) => registry.put(p.sku, p));

const [sunscreen, gel] = linkSubstitutes(products[0], products[1]);
console.log("substitute chain:", substituteChain(sunscreen, 5).join(" -> "), "| gel ->", gel.substitute?.sku);

const index = new CatalogIndex(products);
console.log("boosted summer items:", index.seasonalBoost(products, "summer", 1.25));

const hero = products[4];
const { embedding } = hero;
const heroNorm = hero.norm;
embedding.idiv(heroNorm); // expect: no-alias-mutation
console.log("hero unit embedding:", embedding.tolist());

const scarf = registry.get("SCA-03");
if (scarf) {
  console.log("hero vs scarf:", similarityScore(hero.embedding, scarf.embedding).toFixed(3));
}

const ranking = index.topK(array([0.85, 0.15, 0.05, 0.15]), 3);
console.log("top for a beach query:", describeRanking(ranking, registry));

const winterCentre = seasonCentroid(products, "winter");
const winterQuery = winterCentre ?? unitVector(array([0, 1, 0.5, 0]));
const winterScores = index.scoresFor(winterQuery);
console.log("best winter match:", products[(winterScores.tolist() as number[]).indexOf(winterScores.max())]?.title);
