// Calibrates raw 12-bit sensor frames: converts counts to volts, removes the dark offset, blanks a faulty frame and prints per-frame summaries.
// runnable
import { array, NDArray } from "ndalias";

const GAIN = 3.3 / 4095;
const DARK = array([0.02, 0.01, 0.03]);

interface Summary {
  name: string;
  mean: number;
  peak: number;
  saturated: number;
}

const frames: Record<string, NDArray> = {
  morning: array([[410, 512, 470], [430, 530, 455]], "int32"),
  noon: array([[3900, 4095, 4010], [4095, 3980, 4002]], "int32"),
  dusk: array([[120, 95, 4095], [110, 101, 99]], "int32"),
};

const byName = new Map(Object.entries(frames));

function toVolts(raw: NDArray): NDArray {
  const volts = raw.astype("float64").mul(GAIN);
  volts.isub(DARK);
  return volts;
}

function countSaturated(raw: NDArray): number {
  return (raw.tolist() as number[][]).flat().filter((v) => v >= 4095).length;
}

const summarize = ([name, raw]: [string, NDArray]): Summary => {
  const volts = toVolts(raw);
  return { name, mean: volts.mean(), peak: volts.max(), saturated: countSaturated(raw) };
};

function rowDrift(a: NDArray, b: NDArray): number[] {
  const rows = Math.min(a.shape[0], b.shape[0]);
  return Array.from({ length: rows }, (_, r) => toVolts(b).slice(r).mean() - toVolts(a).slice(r).mean());
}

const flagged = new Set<string>();
for (const [name, raw] of byName) {
  if (raw.max() >= 4095) flagged.add(name);
}

const summaries = Object.entries(frames).map(summarize);
const worst = summaries.reduce((a, b) => (b.saturated > a.saturated ? b : a));
console.log(`most saturated frame: ${worst.name} (${worst.saturated} samples)`);

// The dusk frame has a stuck pixel: blank the frame before export.
if (countSaturated(byName.get("dusk") ?? array([[0]])) > 0) {
  byName.get("dusk")?.copy().fill(0); // expect: no-lost-write
}

// Normalise the morning frame to its brightest pixel for the preview.
const reference = frames.morning.astype("float64");
reference.idiv(reference.max()); // expect: no-lost-write

// Boosted noon frame for the contrast check: the written array is the one kept.
const boosted = frames.noon.astype("float64").imul(GAIN * 2);
const headroom = 6.6 - boosted.max();

// Per-channel means across frames, accumulated without touching the inputs.
const channelMeans = Object.values(frames)
  .map((f) => toVolts(f))
  .reduce((acc, v) => acc.add(v), array([[0, 0, 0], [0, 0, 0]]))
  .div(Object.keys(frames).length);

const exportOrder = [...byName.keys()].sort();
for (const name of exportOrder) {
  const raw = byName.get(name);
  if (!raw) continue;
  console.log(name.padEnd(8), "sum:", raw.sum(), "max:", raw.max());
}

console.log(
  summaries.map(({ name, mean, peak }) => `${name}: mean ${mean.toFixed(3)} V, peak ${peak.toFixed(3)} V`).join("\n"),
);
console.log("morning preview source:", frames.morning.tolist());
console.log("flagged frames:", [...flagged].join(", ") || "none");
console.log("row drift morning -> dusk:", rowDrift(frames.morning, frames.dusk).map((d) => d.toFixed(3)));
console.log("boosted headroom:", headroom.toFixed(3), "V");
console.log("channel means:", (channelMeans.tolist() as number[][]).map((r) => r.map((v) => +v.toFixed(3))));
