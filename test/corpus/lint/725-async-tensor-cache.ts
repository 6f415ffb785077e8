// Async embedding cache: the table is loaded once, kept in a Map and handed out by promise; queries are scored against it.
// runnable
import { array, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

class TensorCache {
  private readonly store = new Map<string, NDArray>();
  private loads = 0;

  async get(key: string, load: () => Promise<NDArray>): Promise<NDArray> {
    const hit = this.store.get(key);
    if (hit) return hit;
    const fresh = await load();
    this.loads++;
    this.store.set(key, fresh);
    return fresh;
  }

  get loadCount(): number {
    return this.loads;
  }
}

async function loadEmbeddings(): Promise<NDArray> {
  await sleep(5);
  return array([
    [0.1, 0.9, 0.0],
    [0.7, 0.2, 0.1],
    [0.3, 0.3, 0.4],
  ]);
}

const cache = new TensorCache();

async function score(query: NDArray): Promise<number[]> {
  const emb = await cache.get("emb", loadEmbeddings);
  const rows: number[] = [];
  for (let i = 0; i < emb.shape[0]; i++) {
    rows.push(emb.slice(i).mul(query).sum());
  }
  return rows;
}

async function normalisedCopy(): Promise<NDArray> {
  const emb = await cache.get("emb", loadEmbeddings);
  const out = emb.copy();
  out.idiv(out.max());
  return out;
}

const table = await cache.get("emb", loadEmbeddings);
console.log("vocabulary rows:", table.shape[0], "loads:", cache.loadCount);
console.log("normalised table:", (await normalisedCopy()).tolist());

const ablated = await cache.get("emb", loadEmbeddings);
ablated.assign(":, 0", 0); // expect: no-alias-mutation
console.log("ablated table:", ablated.tolist());

console.log("scores:", await score(array([1, 0, 0])));
console.log("table total:", table.sum(), "loads:", cache.loadCount);
