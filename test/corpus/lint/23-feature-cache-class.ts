// A feature cache stores the caller's arrays without copying; a later consumer normalises cached features in place.
import { array, NDArray } from "ndalias";

class FeatureCache {
  private entries: NDArray[] = [];
  put(features: NDArray): number {
    this.entries.push(features);
    return this.entries.length - 1;
  }
  get(id: number): NDArray {
    return this.entries[id];
  }
  size(): number {
    return this.entries.length;
  }
}

const cache = new FeatureCache();
const raw = array([3.0, 4.0, 12.0]);
const id = cache.put(raw);

const cached = cache.get(id);
cached.idiv(Math.sqrt(cached.mul(cached).sum())); // expect: no-alias-mutation
console.log("unit features:", cached.tolist(), "entries:", cache.size());
console.log("raw features:", raw.tolist());
