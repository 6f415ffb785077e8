// Summarises daily temperature batches into one reusable output record and prints each day's centred and sorted readings.
import { array, zeros, NDArray } from "ndalias";

interface Summary {
  day: string;
  mean: number;
  median: number;
  centered: NDArray;
  sorted: NDArray;
}

function emptySummary(n: number): Summary {
  return { day: "", mean: 0, median: 0, centered: zeros(n), sorted: zeros(n) };
}

function medianOf(x: NDArray): number {
  const s = x.flatten();
  s.sort();
  const mid = Math.floor(s.size / 2);
  return s.size % 2 === 1 ? s.get(mid) : (s.get(mid - 1) + s.get(mid)) / 2;
}

function summarize(day: string, readings: NDArray, out: Summary): void {
  out.day = day;
  out.mean = readings.mean();
  out.median = medianOf(readings);
  out.centered.assign(":", readings.sub(out.mean));
  out.sorted.assign(":", readings);
  out.sorted.sort();
}

function formatSummary(s: Summary): string {
  const centered = (s.centered.tolist() as number[]).map((v) => v.toFixed(1));
  const sorted = (s.sorted.tolist() as number[]).join(" ");
  return `${s.day}: mean ${s.mean.toFixed(2)} median ${s.median} centred [${centered.join(", ")}] sorted ${sorted}`;
}

function spread(s: Summary): number {
  return s.sorted.get(s.sorted.size - 1) - s.sorted.get(0);
}

function anomalies(readings: NDArray, threshold: number): number[] {
  const deviation = readings.sub(readings.mean());
  const found: number[] = [];
  for (let i = 0; i < deviation.size; i++) {
    if (Math.abs(deviation.get(i)) > threshold) found.push(i);
  }
  return found;
}

const days: Array<[string, NDArray]> = [
  ["mon", array([14.2, 15.1, 17.8, 19.0, 16.4, 13.9])],
  ["tue", array([12.5, 13.0, 16.2, 21.7, 18.1, 14.4])],
  ["wed", array([15.0, 15.5, 16.1, 16.8, 16.0, 15.2])],
];

const record = emptySummary(6);
const spreads: Record<string, number> = {};
for (const [day, readings] of days) {
  summarize(day, readings, record);
  console.log(formatSummary(record));
  spreads[day] = spread(record);
}
console.log("daily spread:", spreads);

const monday = days[0][1];
console.log("monday still in recorded order:", monday.tolist(), "anomalies:", anomalies(monday, 2.5));

const tuesday = days[1][1];
const tuesdaySummary = emptySummary(tuesday.size);
summarize("tue-recheck", tuesday, tuesdaySummary);
const tuesdaySorted = tuesdaySummary.sorted.copy();
summarize("wed-recheck", days[2][1], tuesdaySummary);
console.log("tuesday sorted (kept):", tuesdaySorted.tolist(), "now holds:", tuesdaySummary.day);

const calibrated = days[2][1].copy();
calibrated.isub(0.3);
const calibratedView = { label: "wed-calibrated", values: calibrated };
console.log(calibratedView.label, calibratedView.values.tolist(), "median", medianOf(calibratedView.values));

const weekly = zeros(3);
days.forEach(([, readings], i) => weekly.set(i, readings.mean()));
console.log("weekly means:", weekly.tolist(), "weekly median:", medianOf(weekly));
