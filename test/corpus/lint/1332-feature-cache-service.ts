// Feature service that derives log, min-max and lag features per column, caches every derived array by key and serves batches.
import { array, zeros, NDArray } from "ndalias";

type Columns = Record<string, NDArray>;

interface ServiceConfig {
  lag: number;
  batchSize: number;
  clipHigh: number;
}

const BASE_CONFIG: ServiceConfig = { lag: 1, batchSize: 2, clipHigh: 1e6 };

const featureCache = new Map<string, NDArray>();
const cacheHits = new Set<string>();

function cacheKey(column: string, feature: string): string {
  return `${column}::${feature}`;
}

function cached(key: string, compute: () => NDArray): NDArray {
  const hit = featureCache.get(key);
  if (hit !== undefined) {
    cacheHits.add(key);
    return hit;
  }
  const value = compute();
  featureCache.set(key, value);
  return value;
}

function logFeature(col: NDArray, clipHigh: number): NDArray {
  const out = col.copy();
  for (let i = 0; i < out.size; i++) {
    const v = Math.min(out.data[i] as number, clipHigh);
    out.data[i] = Math.log1p(Math.max(v, 0));
  }
  return out;
}

function minMaxFeature(col: NDArray): NDArray {
  const lo = col.min();
  const hi = col.max();
  const scaled = col.sub(lo);
  scaled.idiv(hi - lo || 1);
  return scaled;
}

function lagFeature(col: NDArray, lag: number): NDArray {
  const lagged = zeros(col.size);
  for (let i = lag; i < col.size; i++) {
    lagged.set(i, col.get(i - lag) as number);
  }
  return lagged;
}

function deriveFeatures(columns: Columns, cfg: ServiceConfig): Map<string, NDArray> {
  const derived = new Map<string, NDArray>();
  for (const [name, col] of Object.entries(columns)) {
    derived.set(cacheKey(name, "log"), cached(cacheKey(name, "log"), () => logFeature(col, cfg.clipHigh)));
    derived.set(cacheKey(name, "minmax"), cached(cacheKey(name, "minmax"), () => minMaxFeature(col)));
    derived.set(cacheKey(name, "lag"), cached(cacheKey(name, "lag"), () => lagFeature(col, cfg.lag)));
  }
  return derived;
}

function batchMeans(features: NDArray, batchSize: number): number[] {
  const means: number[] = [];
  for (let start = 0; start < features.size; start += batchSize) {
    const batch = features.slice(`${start}:${start + batchSize}`);
    means.push(batch.mean());
  }
  return means;
}

const columns: Columns = {
  sessions: array([120, 340, 95, 410, 230, 180]),
  clicks: array([14, 51, 9, 77, 30, 22]),
};
const config: ServiceConfig = { ...BASE_CONFIG, lag: 2 };

// First request computes everything, the second one is served from the cache.
const first = deriveFeatures(columns, config);
const second = deriveFeatures(columns, config);
console.log(`derived ${first.size} features, ${cacheHits.size} cache hits on the repeat request (${second.size})`);

for (const [key, values] of first) {
  const means = batchMeans(values, config.batchSize);
  console.log(key.padEnd(18), means.map((m) => m.toFixed(3)).join(" "));
}

// Click-through rate per row, written into its own fresh array.
const ctr = columns.clicks.div(columns.sessions);
ctr.imul(100);
console.log("CTR %:", ctr.tolist());

// Snapshot the raw sessions before the nightly reset, then reset the live counters.
const sessionsSnapshot = columns.sessions.copy();
columns.sessions.fill(0);
console.log("snapshot total:", sessionsSnapshot.sum(), "live total:", columns.sessions.sum());
