// Sensor feature service: memoises normalised windows per sensor in a string-keyed cache that stores and serves copies.
import { array, zeros, NDArray } from "ndalias";

type CacheKey = string;

interface CacheStats {
  hits: number;
  misses: number;
  size: number;
}

class WindowCache {
  private readonly entries = new Map<CacheKey, NDArray>();
  private hits = 0;
  private misses = 0;

  static keyFor(sensor: string, start: number, stop: number): CacheKey {
    return `${sensor}:${start}:${stop}`;
  }

  lookup(key: CacheKey): NDArray | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return hit.copy();
  }

  store(key: CacheKey, value: NDArray): NDArray {
    const owned = value.copy();
    this.entries.set(key, owned);
    return owned.copy();
  }

  invalidate(prefix: string): number {
    let removed = 0;
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(prefix)) {
        this.entries.delete(key);
        removed++;
      }
    }
    return removed;
  }

  stats(): CacheStats {
    return { hits: this.hits, misses: this.misses, size: this.entries.size };
  }
}

const readings: Record<string, NDArray> = {
  accel: array([0.1, 0.4, 0.35, 0.8, 1.2, 0.9, 0.6, 0.2]),
  gyro: array([2.0, 1.8, 1.5, 1.1, 0.7, 0.9, 1.4, 1.9]),
  temp: array([21.5, 21.7, 21.6, 21.9, 22.4, 22.8, 23.0, 22.7]),
};

const cache = new WindowCache();

function normalisedWindow(sensor: string, start: number, stop: number): NDArray {
  const key = WindowCache.keyFor(sensor, start, stop);
  const cached = cache.lookup(key);
  if (cached !== undefined) return cached;
  const source = readings[sensor];
  const window = source.slice(`${start}:${stop}`).copy();
  const lo = window.min();
  const span = window.max() - lo || 1;
  window.isub(lo);
  window.idiv(span);
  return cache.store(key, window);
}

function windowEnergy(sensor: string, start: number, stop: number): number {
  const w = normalisedWindow(sensor, start, stop);
  w.imul(w);
  return w.sum();
}

function featureVector(sensor: string, width: number): NDArray {
  const series = readings[sensor];
  const count = Math.floor(series.size / width);
  const features = zeros(count);
  for (let k = 0; k < count; k++) {
    features.set(k, windowEnergy(sensor, k * width, (k + 1) * width));
  }
  return features;
}

function sensorMeans(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, series] of Object.entries(readings)) {
    out[name] = series.mean();
  }
  return out;
}

// Callers own what the cache hands out: scaling one result must not change the next lookup.
const first = normalisedWindow("accel", 0, 4);
first.imul(100);
const again = normalisedWindow("accel", 0, 4);
console.log("scaled copy:", first.tolist(), "cached window:", again.tolist());

const accelFeatures = featureVector("accel", 4);
const gyroFeatures = featureVector("gyro", 2);
console.log("accel energy:", accelFeatures.tolist());
console.log("gyro energy:", gyroFeatures.tolist());

// A drift correction on the raw series goes through its own path; cached windows stay as they were.
readings.temp.isub(0.5);
const staleTemp = normalisedWindow("temp", 0, 8);
console.log("temperature window before invalidation:", staleTemp.tolist());
console.log("removed entries:", cache.invalidate("temp:"));
const freshTemp = normalisedWindow("temp", 0, 8);
freshTemp.imul(10);
console.log("temperature window (x10):", freshTemp.tolist());

const means = sensorMeans();
for (const name of Object.keys(means)) {
  console.log(`${name} mean: ${means[name].toFixed(3)}`);
}

const combined = accelFeatures.add(gyroFeatures.slice("0:2"));
combined.idiv(combined.max() || 1);
console.log("combined score:", combined.tolist(), "stats:", cache.stats());
