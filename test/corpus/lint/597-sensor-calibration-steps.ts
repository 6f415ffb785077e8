// Calibrates a pressure sensor trace: picks a working copy, applies configured offsets, and reports a baseline window afterwards.
import { array, zeros, NDArray } from "ndalias";

interface SensorConfig {
  offsets?: NDArray;
  smoothing: boolean;
}

const raw = array([101.2, 101.5, 100.9, 101.8, 101.4, 101.1]);
const smoothed = array([101.3, 101.35, 101.4, 101.45, 101.4, 101.3]);
const config: SensorConfig = { smoothing: process.argv.includes("--smooth") };

function report(label: string, values: NDArray): void {
  const list = values.tolist() as number[];
  console.log(`${label}:`, list.map((v) => v.toFixed(3)).join(" "));
}

const spikeFree = raw.copy();
spikeFree.slice("3:4").assign(":", spikeFree.slice("2:5:2").mean());
report("spike-free", spikeFree);

const working = config.smoothing ? smoothed.copy() : raw.copy();
const floor = working.min();
working.isub(floor);
console.log("relative trace:", working.tolist());

function loadConfig(): SensorConfig {
  return { offsets: array([0.1, -0.1, 0.0, 0.05, -0.05, 0.0]), smoothing: false };
}
const { offsets = zeros(raw.size) } = loadConfig();
offsets.imul(0.5);
const adjusted = raw.add(offsets);

let scaled: NDArray = raw;
scaled = scaled.mul(1000);
scaled.isub(101000);

const gauge = raw;
console.log("raw mean:", raw.mean(), "raw max:", raw.max());
gauge.isub(gauge.min());
gauge.idiv(gauge.max());

const baseline = gauge.slice(":3");
console.log("normalised gauge:", gauge.tolist(), "baseline mean:", baseline.mean());
console.log("adjusted:", adjusted.tolist(), "scaled (Pa offset):", scaled.tolist());
console.log("smoothed reference:", smoothed.tolist(), "smoothing:", config.smoothing);
