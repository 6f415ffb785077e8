// Deduplicates order events by id, fills missing amounts, computes median order value per region and flags late shipments.
import { array, NDArray } from "ndalias";

const MISSING = -1;

interface RegionReport {
  orders: number;
  median: number;
  total: number;
}

interface OrderBatch {
  ids: number[];
  region: string[];
  amount: NDArray;
  shipDays: NDArray;
}

function uniqueIndices(ids: number[]): number[] {
  const seen = new Set<number>();
  const keep: number[] = [];
  ids.forEach((id, i) => {
    if (!seen.has(id)) {
      seen.add(id);
      keep.push(i);
    }
  });
  return keep;
}

function fillMissing(col: NDArray, value: number): NDArray {
  const out = col.copy();
  for (let i = 0; i < out.size; i++) {
    if (out.get(i) === MISSING) {
      out.set(i, value);
    }
  }
  return out;
}

function medianOf(values: NDArray): number {
  const n = values.size;
  if (n === 0) {
    return NaN;
  }
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (values.get(mid) as number) : ((values.get(mid - 1) as number) + (values.get(mid) as number)) / 2;
}

export function regionReports(batch: OrderBatch): Map<string, RegionReport> {
  const keep = uniqueIndices(batch.ids);
  const amounts = fillMissing(batch.amount, 0).take(keep);
  const regions = keep.map((i) => batch.region[i]);

  const byRegion = new Map<string, number[]>();
  regions.forEach((r, j) => {
    const bucket = byRegion.get(r) ?? [];
    bucket.push(j);
    byRegion.set(r, bucket);
  });

  const reports = new Map<string, RegionReport>();
  for (const [region, idx] of byRegion) {
    const regional = amounts.take(idx);
    // Median needs the regional amounts in ascending order.
    regional.flatten().sort(); // expect: no-lost-write
    reports.set(region, { orders: idx.length, median: medianOf(regional), total: regional.sum() });
  }
  return reports;
}

export function lateShipmentShare(batch: OrderBatch, slaDays: number): number {
  const keep = uniqueIndices(batch.ids);
  const days = batch.shipDays.take(keep);
  const late = days.sub(slaDays);
  late.imul(1 / slaDays);
  let count = 0;
  for (let i = 0; i < late.size; i++) {
    if ((late.get(i) as number) > 0) {
      count += 1;
    }
  }
  return count / late.size;
}

export function cappedRevenue(batch: OrderBatch, cap: number): number {
  const keep = uniqueIndices(batch.ids);
  const amounts = fillMissing(batch.amount, 0).take(keep);
  // Large orders are capped so that one customer cannot dominate the KPI.
  const capped = amounts.copy();
  for (let i = 0; i < amounts.size; i++) {
    if ((amounts.get(i) as number) > cap) {
      capped.set(i, cap); // expect: no-lost-write
    }
  }
  return amounts.sum();
}

const batch: OrderBatch = {
  ids: [101, 102, 102, 103, 104, 105, 105, 106],
  region: ["eu", "us", "us", "eu", "eu", "us", "us", "apac"],
  amount: array([40, 250, 250, MISSING, 75, 1200, 1200, 60]),
  shipDays: array([2, 5, 5, 3, 7, 1, 1, 4]),
};

for (const [region, r] of regionReports(batch)) {
  console.log(`${region}: ${r.orders} orders, median ${r.median}, total ${r.total}`);
}
console.log("late share:", lateShipmentShare(batch, 4).toFixed(2));
console.log("capped revenue:", cappedRevenue(batch, 500));
