// Aggregates daily sensor batches: calibrates them, builds weekly totals with reduce, charts normalised copies and audits the raw Monday batch.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Batch {
  day: string;
  readings: NDArray;
}

interface Summary {
  label: string;
  total: number;
  peak: number;
}

const CALIBRATION = 1.25;
const SPIKE_THRESHOLD = 2.8;

function loadBatches(): Batch[] {
  const raw: Array<[string, number[]]> = [
    ["mon", [1.2, 0.8, 2.4, 1.6]],
    ["tue", [0.9, 1.1, 1.9, 2.2]],
    ["wed", [1.4, 0.7, 2.0, 1.8]],
    ["thu", [1.0, 1.3, 2.6, 1.5]],
  ];
  return raw.map(([day, values]) => ({ day, readings: array(values) }));
}

function calibrate(list: Batch[]): void {
  list.forEach((batch) => {
    batch.readings.imul(CALIBRATION);
  });
}

function weeklyTotals(list: Batch[]): NDArray {
  return list.reduce((acc, batch) => acc.add(batch.readings), zeros(4));
}

function weeklyTotalsFast(list: Batch[]): NDArray {
  const [first, ...rest] = list;
  return rest.reduce((acc, batch) => acc.iadd(batch.readings), first.readings); // expect: no-alias-mutation
}

function chartSeries(list: Batch[]): NDArray[] {
  return list.map((batch) => {
    const scaled = batch.readings.copy();
    scaled.idiv(scaled.max());
    return scaled;
  });
}

function spikes(list: Batch[]): string[] {
  const found: string[] = [];
  list.forEach((batch) => {
    for (let i = 0; i < batch.readings.size; i++) {
      if (batch.readings.get(i) > SPIKE_THRESHOLD) found.push(`${batch.day}#${i}`);
    }
  });
  return found;
}

function summarize(list: Batch[]): Summary[] {
  return list.map((batch) => ({
    label: batch.day.toUpperCase(),
    total: batch.readings.sum(),
    peak: batch.readings.max(),
  }));
}

function detrended(list: Batch[]): NDArray[] {
  return list.map((batch) => {
    const centred = batch.readings.sub(batch.readings.mean());
    centred.imul(10);
    return centred;
  });
}

function bar(value: number): string {
  return "#".repeat(Math.round(value * 10));
}

const batches = loadBatches();
calibrate(batches);

const totals = weeklyTotals(batches);
console.log("weekly totals:", totals.tolist());

const fastTotals = weeklyTotalsFast(batches);
console.log("weekly totals (fast path):", fastTotals.tolist());

chartSeries(batches).forEach((series, i) => {
  const peakIndex = (series.tolist() as number[]).indexOf(1);
  console.log(batches[i].day, "peak sensor:", peakIndex, bar(series.mean()));
});

console.log("spikes:", spikes(batches).join(", ") || "none");
console.log("detrended x10:", detrended(batches).map((d) => d.max().toFixed(2)).join(" "));

const audit = summarize(batches);
console.log("monday audit:", audit[0]);
console.log("monday raw readings:", batches[0].readings.tolist());
