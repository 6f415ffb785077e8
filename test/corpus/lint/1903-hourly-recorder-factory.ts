// A closure-based hourly recorder for a rooftop station: pushes readings, reports recent trend and valid counts, and exports snapshots for the uplink.
import { array, full, NDArray } from "ndalias";

type RecorderOptions = { hours?: number; bias?: number; label?: string };

const makeRecorder = ({ hours = 12, bias = 0, label = "station" }: RecorderOptions = {}) => {
  const buf = full(hours, Number.NaN);
  let count = 0;

  const slot = () => Math.min(count, hours);

  // Appends a reading, shifting the window once it is full.
  const push = (value: number): number => {
    if (count < hours) {
      buf.set(count, value - bias);
    } else {
      buf.assign(":-1", buf.slice("1:").copy());
      buf.set(hours - 1, value - bias);
    }
    count++;
    return slot();
  };

  const reset = (): void => {
    buf.fill(Number.NaN);
    count = 0;
  };

  // Snapshot for the uplink.
  const snapshot = (): NDArray => buf.slice(`:${slot()}`).copy();

  // Change over the last k readings, relative to the first of them.
  const recentTrend = (k = 4): number => {
    const end = slot();
    const recent = buf.slice(`${Math.max(0, end - k)}:${end}`);
    recent.isub(recent.get(0)); // expect: no-view-mutation
    return recent.get(recent.size - 1);
  };

  // Counts valid readings and zero-fills the dropouts.
  const validCount = (): number => {
    const values = buf;
    let valid = 0;
    for (let i = 0; i < slot(); i++) {
      if (Number.isNaN(values.get(i))) {
        values.set(i, 0); // expect: no-alias-mutation
      } else {
        valid++;
      }
    }
    return valid;
  };

  const mean = (): number => (slot() ? buf.slice(`:${slot()}`).mean() : Number.NaN);

  const describe = (): string => `${label}: ${slot()} readings, mean ${mean().toFixed(2)}`;

  return { push, reset, snapshot, recentTrend, validCount, mean, describe };
};

const rooftop = makeRecorder({ hours: 6, bias: 0.2, label: "rooftop" });
const courtyard = makeRecorder({ label: "courtyard" });

const readings = [12.4, 12.9, Number.NaN, 14.1, 15.0, 15.8, 16.3];
const filledSlots = readings.map((r) => rooftop.push(r));
[11.0, 11.4, 11.9].forEach((r) => courtyard.push(r));

console.log("rooftop slots after each push:", filledSlots.join(" "));
console.log(rooftop.describe(), "|", courtyard.describe());

const exportBatch = [rooftop, courtyard].map((rec) => rec.snapshot());
const uplinkPayload = exportBatch.map((snap) => (snap.tolist() as number[]).map((v) => Math.round(v * 10) / 10));
console.log("uplink payload:", JSON.stringify(uplinkPayload));

console.log("rooftop trend over 4 h:", rooftop.recentTrend().toFixed(2));
console.log("rooftop valid readings:", rooftop.validCount());
console.log("rooftop after checks:", rooftop.describe());

const combined = exportBatch.reduce((acc, snap) => acc.concat(snap.tolist() as number[]), [] as number[]);
const finite = combined.filter((v) => Number.isFinite(v));
const networkMean = array(finite.length ? finite : [0]).mean();
console.log("network mean of exported readings:", networkMean.toFixed(2));

courtyard.reset();
console.log(courtyard.describe(), "snapshot after reset:", courtyard.snapshot().tolist());
