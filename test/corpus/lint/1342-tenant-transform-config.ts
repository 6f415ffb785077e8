// Applies per-tenant transform configs (merged from global, tenant and job overrides) to each column of an ingest batch and stages the results.
import { array, full, NDArray } from "ndalias";

type Columns = Record<string, NDArray>;

interface TransformConfig {
  scale: number;
  offset: number;
  clipMin: number;
  clipMax: number;
  dtype: "float64" | "float32";
}

const GLOBAL_DEFAULTS: TransformConfig = { scale: 1, offset: 0, clipMin: -Infinity, clipMax: Infinity, dtype: "float64" };

const TENANT_OVERRIDES: Record<string, Partial<TransformConfig>> = {
  acme: { scale: 0.001, dtype: "float32" },
  globex: { offset: -32, scale: 5 / 9, clipMin: -50, clipMax: 60 },
};

function resolveConfig(tenant: string, job: Partial<TransformConfig>): TransformConfig {
  return { ...GLOBAL_DEFAULTS, ...(TENANT_OVERRIDES[tenant] ?? {}), ...job };
}

function transformColumn(col: NDArray, cfg: TransformConfig): NDArray {
  const out = col.astype(cfg.dtype);
  out.iadd(cfg.offset);
  out.imul(cfg.scale);
  for (let i = 0; i < out.size; i++) {
    const v = out.get(i) as number;
    if (v < cfg.clipMin) {
      out.set(i, cfg.clipMin);
    } else if (v > cfg.clipMax) {
      out.set(i, cfg.clipMax);
    }
  }
  return out;
}

function stageBatch(columns: Columns, cfg: TransformConfig): Map<string, NDArray> {
  const staged = new Map<string, NDArray>();
  for (const [name, col] of Object.entries(columns)) {
    staged.set(name, transformColumn(col, cfg));
  }
  return staged;
}

function padColumns(columns: Columns, length: number, fill: number): Columns {
  const padded: Columns = {};
  for (const [name, col] of Object.entries(columns)) {
    const out = full(length, fill);
    const n = Math.min(length, col.size);
    for (let i = 0; i < n; i++) {
      out.set(i, col.get(i) as number);
    }
    padded[name] = out;
  }
  return padded;
}

const rawBatch: Columns = {
  temperature: array([68, 75.2, 212, -80]),
  pressure: array([1013, 1009, 1021]),
};

const jobOverrides: Partial<TransformConfig> = { clipMax: 40 };
const tenants = ["acme", "globex"];
const stagedByTenant = new Map<string, Map<string, NDArray>>();

const padded = padColumns(rawBatch, 4, NaN);
for (const tenant of tenants) {
  const cfg = resolveConfig(tenant, jobOverrides);
  stagedByTenant.set(tenant, stageBatch(padded, cfg));
}

for (const [tenant, staged] of stagedByTenant) {
  for (const [name, values] of staged) {
    console.log(`${tenant}/${name}:`, values.tolist());
  }
}

// Two independent buffers: each one is written through its own name only.
const nullCounts = full(Object.keys(padded).length, 0);
const maxima = full(Object.keys(padded).length, -Infinity);
Object.keys(padded).forEach((name, j) => {
  const col = padded[name];
  for (let i = 0; i < col.size; i++) {
    const v = col.get(i) as number;
    if (Number.isNaN(v)) {
      nullCounts.set(j, (nullCounts.get(j) as number) + 1);
    } else if (v > (maxima.get(j) as number)) {
      maxima.set(j, v);
    }
  }
});
console.log("null counts:", nullCounts.tolist(), "maxima:", maxima.tolist());
console.log("raw batch untouched:", rawBatch.temperature.tolist(), rawBatch.pressure.tolist());
