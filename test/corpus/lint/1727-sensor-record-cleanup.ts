// Cleans sensor records: clips spikes, orders and rescales readings, and stores percentile summaries on each record.
import { array, NDArray } from "ndalias";

interface SensorRecord {
  id: string;
  readings: NDArray;
  p50: number;
  p90: number;
  spread: number;
  clipped: number;
}

function makeRecord(id: string, values: number[]): SensorRecord {
  return { id, readings: array(values), p50: 0, p90: 0, spread: 0, clipped: 0 };
}

function percentile(sorted: NDArray, q: number): number {
  const k = Math.min(sorted.size - 1, Math.floor(q * sorted.size));
  return sorted.get(k);
}

function summarize(rec: SensorRecord): void {
  const sorted = rec.readings.flatten();
  sorted.sort();
  rec.p50 = percentile(sorted, 0.5);
  rec.p90 = percentile(sorted, 0.9);
  rec.spread = sorted.get(sorted.size - 1) - sorted.get(0);
}

function clipSpikes(rec: SensorRecord, limit: number): void {
  for (let i = 0; i < rec.readings.size; i++) {
    const v: number = rec.readings.get(i);
    if (Math.abs(v) > limit) {
      rec.readings.set(i, Math.sign(v) * limit);
      rec.clipped += 1;
    }
  }
}

function despiked(rec: SensorRecord, limit: number): NDArray {
  const out = rec.readings.copy();
  for (let i = 0; i < out.size; i++) {
    const v: number = out.get(i);
    if (Math.abs(v) > limit) out.set(i, Math.sign(v) * limit);
  }
  return out;
}

function orderReadings(rec: SensorRecord): void {
  rec.readings.flatten().sort(); // expect: no-lost-write
}

function rescale(rec: SensorRecord): void {
  const shifted = rec.readings.sub(rec.p50);
  shifted.idiv(Math.max(rec.spread, 1e-9)); // expect: no-lost-write
}

function describe(rec: SensorRecord): string {
  const values = (rec.readings.tolist() as number[]).map((v) => v.toFixed(2)).join(" ");
  return `${rec.id}: [${values}] p50=${rec.p50} p90=${rec.p90} spread=${rec.spread.toFixed(2)} clipped=${rec.clipped}`;
}

const records = [
  makeRecord("north", [0.4, 0.9, 12.0, 0.7, 0.5, 0.8]),
  makeRecord("south", [1.1, -9.5, 1.3, 1.0, 0.9, 1.2]),
  makeRecord("east", [2.2, 2.0, 2.4, 2.1, 2.3, 2.5]),
];

const previews = records.map((rec) => despiked(rec, 3));
previews.forEach((p, i) => console.log(`preview ${records[i].id}:`, p.tolist()));

for (const rec of records) {
  clipSpikes(rec, 3);
  summarize(rec);
  orderReadings(rec);
  rescale(rec);
  console.log(describe(rec));
}

const pooled = records.map((r) => r.readings.mean());
const pooledArray = array(pooled);
const ranked = pooledArray.copy();
ranked.sort();
console.log("station means:", pooledArray.tolist(), "ranked:", ranked.tolist());
console.log("highest p90:", Math.max(...records.map((r) => r.p90)));
