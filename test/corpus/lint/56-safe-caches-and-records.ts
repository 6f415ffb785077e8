// Safe variants: a cache that stores copies, a record of row copies, decay of a record while holding a copy, and reporters over a snapshot.
import { array, NDArray } from "ndalias";

class CopyingCache {
  private entries: NDArray[] = [];
  put(features: NDArray): number {
    this.entries.push(features.copy());
    return this.entries.length - 1;
  }
  get(id: number): NDArray {
    return this.entries[id].copy();
  }
}

const raw = array([3.0, 4.0, 12.0]);
const cache = new CopyingCache();
const cached = cache.get(cache.put(raw));
cached.idiv(13);
console.log("unit features:", cached.tolist(), "raw:", raw.tolist());

const table = array([[0.5, 0.7], [120, 180]]);
const names = ["cpu", "latency"];
const byName = names.reduce((acc, name, i) => ({ ...acc, [name]: table.slice(i).copy() }), {} as Record<string, NDArray>);
byName.latency.idiv(1000);
console.log("seconds:", byName.latency.tolist(), "table:", table.tolist());

const params: Record<string, NDArray> = { w: array([1, 2]), b: array([0.5]) };
const loggedWeights = params.w.copy();
for (const key in params) params[key].imul(0.9);
console.log("logged:", loggedWeights.tolist(), "decayed:", params.w.tolist());

const snapshot = table.slice(0).copy();
const reporters: Array<() => string> = [() => `cpu snapshot ${snapshot.tolist()}`];
table.fill(0);
for (const report of reporters) console.log(report());
