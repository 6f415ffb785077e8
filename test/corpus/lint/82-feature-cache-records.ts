// A feature cache keeps per-user embeddings in a record; a re-ranking step looks one up, boosts it, and the cache is later exported.
import { array, NDArray } from "ndalias";

type Store = Record<string, NDArray>;

class EmbeddingCache {
  private store: Store = {};
  private hits = 0;
  put(user: string, v: NDArray): void {
    this.store[user] = v;
  }
  lookup(user: string): NDArray | undefined {
    const v = this.store[user];
    if (v) this.hits++;
    return v;
  }
  export(): string {
    return Object.entries(this.store)
      .map(([k, v]) => `${k}=${v.sum().toFixed(2)}`)
      .join(" ");
  }
}

const cache = new EmbeddingCache();
const alice = array([0.2, 0.4, 0.1]);
const bob = array([0.5, 0.1, 0.3]);
cache.put("alice", alice);
cache.put("bob", bob);

function rerank(users: string[], boost: number): string[] {
  const scored: Array<[string, number]> = [];
  for (const u of users) {
    const emb = cache.lookup(u)?.copy();
    if (!emb) continue;
    emb.imul(boost);
    scored.push([u, emb.sum()]);
  }
  return scored.sort((a, b) => b[1] - a[1]).map(([u]) => u);
}

const profiles: Record<string, NDArray> = { alice, bob };
const focus = profiles["bob"];
focus?.iadd(0.5); // expect: no-alias-mutation

console.log("ranking:", rerank(["alice", "bob"], 1.2).join(", "));
console.log("bob now:", bob.tolist());
console.log("cache export:", cache.export());
