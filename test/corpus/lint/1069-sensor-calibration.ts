// Calibrates raw ADC traces from several sensors: removes start-up drift, converts to physical units and prints summaries.
// runnable
import { array, NDArray } from "ndalias";

interface Sensor {
  name: string;
  raw: NDArray;
  dark: number;
  gain: number;
}

const sensors: Sensor[] = [
  { name: "thermo-1", raw: array([512, 530, 525, 560, 571], "int32"), dark: 500, gain: 0.1 },
  { name: "thermo-2", raw: array([498, 510, 540, 545, 550], "int32"), dark: 490, gain: 0.12 },
  { name: "strain-a", raw: array([1020, 1100, 1090, 1130, 1200], "int32"), dark: 1000, gain: 0.02 },
];

function calibrated(s: Sensor): NDArray {
  const volts = s.raw.astype("float64");
  volts.isub(s.dark);
  volts.imul(s.gain);
  return volts;
}

function range(trace: NDArray): [number, number] {
  const sorted = trace.flatten();
  sorted.sort();
  return [sorted.get(0) as number, sorted.get(sorted.size - 1) as number];
}

function normalised(trace: NDArray): { unit: NDArray; peak: number } {
  const unit = trace.copy();
  const peak = Math.max(Math.abs(trace.max()), Math.abs(trace.min()), 1e-12);
  unit.idiv(peak);
  return { unit, peak };
}

// remove the drift each sensor shows at power-up before the traces are summarised
for (const s of sensors) {
  const drift = (s.raw.get(0) as number) - s.dark;
  const trace = s.raw.astype("float64");
  console.log(`${s.name}: first sample ${trace.get(0)}, drift ${drift}`);
  trace.isub(drift); // expect: no-lost-write
}

const summaries: string[] = [];
for (const s of sensors) {
  const physical = calibrated(s);
  const [lo, hi] = range(physical);
  const { unit, peak } = normalised(physical);
  summaries.push(
    `${s.name}: ${lo.toFixed(2)}..${hi.toFixed(2)} (peak ${peak.toFixed(2)}) shape ${JSON.stringify(unit.tolist())}`,
  );
}
summaries.forEach((line) => console.log(line));

const stacked = sensors.map((s) => calibrated(s));
const mean = stacked[0].copy();
for (let k = 1; k < stacked.length; k++) {
  mean.iadd(stacked[k]);
}
mean.idiv(stacked.length);
console.log("mean calibrated trace:", JSON.stringify(mean.tolist()));

const deltas: NDArray[] = [];
for (const s of sensors) {
  const d = calibrated(s);
  const first = d.get(0) as number;
  d.isub(first);
  deltas.push(d);
}
console.log(
  "rise over the window:",
  deltas.map((d) => (d.get(d.size - 1) as number).toFixed(3)).join(", "),
);

const raws = sensors.map((s) => JSON.stringify(s.raw.tolist()));
console.log("raw counts:", raws.join(" | "));

const alarm = array([0, 0, 0]);
sensors.forEach((s, k) => {
  if (calibrated(s).max() > 6) alarm.set(k, 1);
});
console.log("alarms:", JSON.stringify(alarm.tolist()), "count:", alarm.sum());
