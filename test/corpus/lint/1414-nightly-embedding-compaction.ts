// Nightly maintenance of the item-embedding table: drops retired items, re-normalises rows, builds int8 shards, and publishes a new table version.
import { array, zeros, empty, NDArray } from "ndalias";

interface ItemMeta {
  id: number;
  retired: boolean;
  clicks30d: number;
}

class TableVersion {
  constructor(
    readonly version: number,
    readonly table: NDArray,
    readonly ids: number[],
    readonly parent: TableVersion | null,
  ) {}

  lineage(): number[] {
    const out: number[] = [];
    for (let v: TableVersion | null = this; v !== null; v = v.parent) out.push(v.version);
    return out;
  }
}

const META: ItemMeta[] = [
  { id: 100, retired: false, clicks30d: 540 },
  { id: 101, retired: true, clicks30d: 0 },
  { id: 102, retired: false, clicks30d: 75 },
  { id: 103, retired: false, clicks30d: 1210 },
  { id: 104, retired: true, clicks30d: 3 },
  { id: 105, retired: false, clicks30d: 18 },
  { id: 106, retired: false, clicks30d: 260 },
];

const LIVE_TABLE = array([
  [0.3, 1.2, -0.4, 0.8],
  [0.0, 0.0, 0.0, 0.0],
  [2.1, -0.3, 0.9, 0.2],
  [0.5, 0.5, 0.5, 0.5],
  [9.0, 9.0, 9.0, 9.0],
  [-0.7, 0.1, 1.4, -0.2],
  [0.05, 0.02, 0.01, 0.0],
]);

const SHARD_ROWS = 2;
const INT8_MAX = 127;

function rowNorms(table: NDArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < table.shape[0]; i++) {
    const row = table.slice(i);
    out.push(Math.sqrt(row.mul(row).sum()));
  }
  return out;
}

/** Scales every row of a table the caller owns to unit length (zero rows stay zero). */
function normalizeRowsInPlace(table: NDArray): void {
  const norms = rowNorms(table);
  for (let i = 0; i < norms.length; i++) {
    if (norms[i] > 0) {
      table.slice(i).idiv(norms[i]);
    }
  }
}

function percentile(values: NDArray, q: number): number {
  const sorted = values.flatten();
  sorted.sort();
  const pos = Math.min(sorted.size - 1, Math.max(0, Math.round(q * (sorted.size - 1))));
  return sorted.get(pos);
}

function quantizeShard(rows: NDArray): { codes: NDArray; scale: number } {
  const absMax = Math.max(rows.max(), -rows.min(), 1e-12);
  const scale = absMax / INT8_MAX;
  const scaled = rows.div(scale);
  for (let i = 0; i < scaled.size; i++) {
    scaled.data[i] = Math.round(scaled.data[i] as number);
  }
  return { codes: scaled.astype("int8"), scale };
}

function buildShards(table: NDArray): NDArray {
  const count = Math.ceil(table.shape[0] / SHARD_ROWS);
  const shards = empty(count, "object");
  for (let s = 0; s < count; s++) {
    const lo = s * SHARD_ROWS;
    const hi = Math.min(table.shape[0], lo + SHARD_ROWS);
    const { codes } = quantizeShard(table.slice(`${lo}:${hi}`));
    shards.set(s, codes);
  }
  return shards;
}

function popularityWeights(meta: ItemMeta[]): NDArray {
  const w = array(meta.map((m) => Math.log1p(m.clicks30d)));
  const total = w.sum();
  if (total > 0) {
    w.idiv(total);
  }
  return w;
}

// --- 1. audit the live table before touching anything ---------------------------

const liveNorms = rowNorms(LIVE_TABLE);
console.log("live row norms:", liveNorms.map((n) => n.toFixed(2)).join(" "));
const suspiciousRow = LIVE_TABLE.slice(4);
console.log("row 4 (suspicious) max:", suspiciousRow.max(), "p90 of the table:", percentile(LIVE_TABLE, 0.9).toFixed(2));

// --- 2. compaction: keep only active items ---------------------------------------

const keep = META.map((m, i) => (m.retired ? -1 : i)).filter((i) => i >= 0);
const keptIds = keep.map((i) => META[i].id);
let staging = LIVE_TABLE.take(keep, 0);
console.log("kept", keep.length, "of", META.length, "items:", keptIds.join(","));

// Rows with a tiny norm are noise from an old bug: reset them to the mean of the others.
const stagingNorms = rowNorms(staging);
let meanRow = zeros(staging.shape[1]);
let healthy = 0;
for (let i = 0; i < stagingNorms.length; i++) {
  if (stagingNorms[i] >= 0.1) {
    meanRow = meanRow.add(staging.slice(i));
    healthy += 1;
  }
}
meanRow = meanRow.div(Math.max(1, healthy));
for (let i = 0; i < stagingNorms.length; i++) {
  if (stagingNorms[i] < 0.1) {
    staging.slice(i).assign(":", meanRow);
  }
}

normalizeRowsInPlace(staging);
console.log("staging norms after normalisation:", rowNorms(staging).map((n) => n.toFixed(3)).join(" "));

// Popularity-weighted centroid for the cold-start default embedding.
const pop = popularityWeights(keep.map((i) => META[i]));
let centroid = zeros(staging.shape[1]);
for (let i = 0; i < staging.shape[0]; i++) {
  centroid = centroid.add(staging.slice(i).mul(pop.get(i)));
}
const centroidNorm = Math.sqrt(centroid.mul(centroid).sum());
centroid.idiv(centroidNorm);
console.log("cold-start default:", (centroid.tolist() as number[]).map((v) => v.toFixed(3)));

// --- 3. quantised shards for the edge caches ----------------------------------------

const shards = buildShards(staging);
for (let s = 0; s < shards.size; s++) {
  const codes = shards.get(s) as NDArray;
  console.log(`shard ${s}:`, codes.shape, codes.dtype, "max code:", codes.max());
}
const roundTrip = quantizeShard(staging.slice("0:2"));
const restored = roundTrip.codes.astype("float64");
restored.imul(roundTrip.scale);
const error = restored.sub(staging.slice("0:2"));
console.log("quantisation max error:", Math.max(error.max(), -error.min()).toExponential(2));

// --- 4. publish ------------------------------------------------------------------------

const v1 = new TableVersion(1, LIVE_TABLE.copy(), META.map((m) => m.id), null);
let live = v1.table;
[live, staging] = [staging, live];
const v2 = new TableVersion(2, live, keptIds, v1);
console.log("published version", v2.version, "lineage:", v2.lineage(), "rows:", v2.table.shape[0]);

// The previous table is kept for rollback; scratch work goes into a rebound buffer.
let scratch = staging;
scratch = scratch.mul(0.5);
scratch.slice(0).fill(0);
console.log("rollback table rows:", staging.shape[0], "scratch checksum:", scratch.sum().toFixed(3));

// Clear the retired rows of the old global table now that nothing serves from it.
for (let i = 0; i < META.length; i++) {
  if (META[i].retired) {
    LIVE_TABLE.slice(i).fill(0);
  }
}
const retiredView = LIVE_TABLE.take(META.map((m, i) => (m.retired ? i : -1)).filter((i) => i >= 0), 0);
console.log("retired rows cleared:", retiredView.sum() === 0);

// --- 5. report ---------------------------------------------------------------------

const publishedNorms = rowNorms(v2.table);
const badRows = publishedNorms.filter((n) => Math.abs(n - 1) > 1e-6).length;
if (badRows > 0) {
  console.warn(`published table has ${badRows} non-unit rows`);
}
const parentRows = v2.parent?.table.shape[0] ?? 0;
console.log("rows dropped since parent:", parentRows - v2.table.shape[0]);

const report = {
  version: v2.version,
  items: keptIds.length,
  retired: META.length - keptIds.length,
  shards: shards.size,
  coldStartNorm: Math.sqrt(centroid.mul(centroid).sum()).toFixed(3),
};
console.log("compaction report:", JSON.stringify(report));
