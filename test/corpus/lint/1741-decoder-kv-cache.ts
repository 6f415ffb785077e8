// A key/value cache for incremental decoding: keys are rotated before caching, each step attends over the cached prefix, old entries are evicted.
import { array, zeros, NDArray } from "ndalias";

const D = 4;

function rotateInPlace(vec: NDArray, pos: number): void {
  for (let i = 0; i + 1 < vec.size; i += 2) {
    const theta = pos / Math.pow(100, i / vec.size);
    const a = vec.get(i);
    const b = vec.get(i + 1);
    vec.set(i, a * Math.cos(theta) - b * Math.sin(theta));
    vec.set(i + 1, a * Math.sin(theta) + b * Math.cos(theta));
  }
}

class KVCache {
  keys: NDArray;
  values: NDArray;
  len = 0;

  constructor(readonly capacity: number) {
    this.keys = zeros([capacity, D]);
    this.values = zeros([capacity, D]);
  }

  append(k: NDArray, v: NDArray): number {
    if (this.len === this.capacity) this.evictOldest(1);
    let drift = 0;
    if (this.len > 0) {
      const last = this.keys.slice(this.len - 1);
      drift = Math.sqrt(last.sub(k).mul(last.sub(k)).sum());
    }
    this.keys.assign(`${this.len}`, k);
    this.values.assign(`${this.len}`, v);
    this.len++;
    return drift;
  }

  evictOldest(n: number): void {
    const keep = this.len - n;
    const keptKeys = this.keys.slice(`${n}:${this.len}`).copy();
    const keptValues = this.values.slice(`${n}:${this.len}`).copy();
    this.keys.assign(`:${keep}`, keptKeys);
    this.values.assign(`:${keep}`, keptValues);
    this.keys.assign(`${keep}:`, 0);
    this.values.assign(`${keep}:`, 0);
    this.len = keep;
  }

  attend(q: NDArray): NDArray {
    const ks = this.keys.slice(`:${this.len}`);
    const vs = this.values.slice(`:${this.len}`);
    const scores = zeros(this.len);
    for (let t = 0; t < this.len; t++) {
      scores.set(t, ks.slice(t).mul(q).sum() / Math.sqrt(D));
    }
    const weights = scores.sub(scores.max());
    for (let t = 0; t < weights.size; t++) weights.set(t, Math.exp(weights.get(t)));
    weights.idiv(weights.sum());
    const out = zeros(D);
    for (let t = 0; t < this.len; t++) {
      out.iadd(vs.slice(t).mul(weights.get(t)));
    }
    return out;
  }

  snapshot(): { keys: NDArray; values: NDArray } {
    return {
      keys: this.keys.slice(`:${this.len}`).copy(),
      values: this.values.slice(`:${this.len}`).copy(),
    };
  }
}

const embeddings = array([
  [0.2, 0.8, -0.1, 0.4],
  [0.9, -0.3, 0.5, 0.0],
  [-0.4, 0.1, 0.7, 0.6],
  [0.3, 0.3, 0.3, -0.9],
  [0.6, -0.7, 0.2, 0.1],
]);
const wk = array([1.1, 0.9, 1.0, 0.8]);
const wv = array([0.5, 1.5, -1.0, 1.0]);
const cache = new KVCache(4);
const snapshots: Array<{ keys: NDArray; values: NDArray }> = [];

for (let pos = 0; pos < embeddings.shape[0]; pos++) {
  const x = embeddings.slice(pos);
  const k = x.mul(wk);
  rotateInPlace(k, pos);
  const v = x.mul(wv);
  const drift = cache.append(k, v);
  const context = cache.attend(x);
  snapshots.push(cache.snapshot());
  console.log(
    `step ${pos}: cached ${cache.len}, key drift ${drift.toFixed(3)}, context`,
    (context.tolist() as number[]).map((c) => c.toFixed(3)).join(" "),
  );
}

// Snapshots are independent of later evictions.
console.log("first snapshot keys:", snapshots[0].keys.tolist());
console.log("last snapshot rows:", snapshots[snapshots.length - 1].keys.shape[0]);

// The positional bias is read through a read-only broadcast view, never written.
const bias = array([0.0, -0.1, -0.2, -0.3]);
const biasGrid = bias.broadcastTo([cache.len, 4]);
console.log("bias grid total:", biasGrid.sum().toFixed(2), "diagonal:", cache.keys.slice(":4").diagonal().tolist());
console.log("embeddings unchanged:", embeddings.sum().toFixed(3));
