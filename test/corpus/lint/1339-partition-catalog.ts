// Splits a sales column into partitions, registers them in an object-dtype catalog with a manifest, and prints partition totals.
// runnable
import { array, empty, NDArray, refcount, memoryStats } from "ndalias";

interface CatalogConfig {
  partitionSize: number;
  name: string;
  keepManifest: boolean;
}

const CATALOG_DEFAULTS: CatalogConfig = { partitionSize: 3, name: "sales", keepManifest: true };

interface Catalog {
  partitions: NDArray;
  manifest: NDArray;
  count: number;
}

function partitionBounds(total: number, size: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  for (let start = 0; start < total; start += size) {
    bounds.push([start, Math.min(start + size, total)]);
  }
  return bounds;
}

export function buildCatalog(column: NDArray, cfg: CatalogConfig): Catalog {
  const bounds = partitionBounds(column.size, cfg.partitionSize);
  const partitions = empty(bounds.length + 1, "object");
  bounds.forEach(([start, stop], i) => {
    partitions.set(i, column.slice(`${start}:${stop}`).copy());
  });

  const manifest = empty(3, "object");
  manifest.set(0, cfg.name);
  manifest.set(1, bounds.length);
  manifest.set(2, partitions);

  // The last slot points back at the manifest so partitions can be re-described.
  if (cfg.keepManifest) {
    partitions.set(bounds.length, manifest); // expect: no-reference-cycle
  }
  return { partitions, manifest, count: bounds.length };
}

function partitionTotals(catalog: Catalog): number[] {
  const totals: number[] = [];
  for (let i = 0; i < catalog.count; i++) {
    const part = catalog.partitions.get(i) as NDArray;
    totals.push(part.sum());
  }
  return totals;
}

function largestPartition(catalog: Catalog): number {
  let best = -1;
  let bestTotal = -Infinity;
  partitionTotals(catalog).forEach((t, i) => {
    if (t > bestTotal) {
      best = i;
      bestTotal = t;
    }
  });
  return best;
}

function describe(catalog: Catalog): string {
  const name = catalog.manifest.get(0) as string;
  const n = catalog.manifest.get(1) as number;
  return `${name}: ${n} partitions`;
}

const column = array([14, 3, 22, 9, 41, 7, 18, 30]);
const cfg: CatalogConfig = { ...CATALOG_DEFAULTS, name: "sales-2024-q1" };
const catalog = buildCatalog(column, cfg);

console.log(describe(catalog));
const totals = partitionTotals(catalog);
for (const [i, t] of totals.entries()) {
  console.log(`  partition ${i}: total ${t}`);
}
console.log("largest partition:", largestPartition(catalog));

// Adjust a copy of the column for the forecast without touching the catalog.
const forecast = column.mul(1.05);
forecast.iadd(2);
console.log("forecast:", forecast.tolist());

console.log("catalog references:", refcount(catalog.partitions));
catalog.partitions.dispose();
catalog.manifest.dispose();
const stats = memoryStats();
console.log("storages still live:", stats.storages);
