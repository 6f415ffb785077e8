// Streams metric batches through an exponential smoother with swapped double buffers, then rescales the latest state for the dashboard cache.
import { array, zeros, NDArray } from "ndalias";

interface SmootherConfig {
  alpha: number;
  width: number;
  unit: string;
}

const DEFAULTS: SmootherConfig = { alpha: 0.5, width: 3, unit: "ms" };

const dashboardCache = new Map<string, number[]>();

function smoothStream(batches: Map<string, NDArray>, cfg: SmootherConfig): NDArray {
  let current = zeros(cfg.width);
  let previous = zeros(cfg.width);
  const drift = new Map<string, number>();

  for (const [name, batch] of batches) {
    for (let i = 0; i < cfg.width; i++) {
      const blended = cfg.alpha * (batch.get(i) as number) + (1 - cfg.alpha) * (previous.get(i) as number);
      current.set(i, blended);
    }
    drift.set(name, current.sub(previous).max());
    [current, previous] = [previous, current];
  }

  for (const [name, d] of drift) {
    console.log(`  drift after ${name}: ${d.toFixed(2)}`);
  }
  return previous;
}

function toUnit(values: NDArray, unit: string): NDArray {
  let scaled: NDArray = values;
  if (unit === "s") {
    scaled = values.copy();
    scaled.idiv(1000);
  }
  return scaled;
}

function percentiles(values: NDArray, qs: number[]): Record<string, number> {
  const sorted = values.flatten();
  sorted.sort();
  const out: Record<string, number> = {};
  for (const q of qs) {
    const pos = Math.min(sorted.size - 1, Math.round(q * (sorted.size - 1)));
    out[`p${Math.round(q * 100)}`] = sorted.get(pos) as number;
  }
  return out;
}

const batches = new Map<string, NDArray>([
  ["09:00", array([120, 80, 200])],
  ["09:05", array([140, 60, 180])],
  ["09:10", array([100, 90, 260])],
]);

const cfg: SmootherConfig = { ...DEFAULTS, alpha: 0.6, unit: "s" };
const latest = smoothStream(batches, cfg);
console.log("latest smoothed:", latest.tolist());

// Normalise the state for the dashboard. The working name is rebound to a
// fresh array before anything is written, so `latest` keeps its values.
let normalized: NDArray = latest;
normalized = normalized.sub(normalized.min());
normalized.idiv(normalized.max() || 1);
dashboardCache.set("normalized", normalized.tolist() as number[]);

// Same for the windowed view: rebound to a copy before the write.
let window: NDArray = latest.slice("1:");
window = window.copy();
window.fill(0);
dashboardCache.set("window-reset", window.tolist() as number[]);

const inUnit = toUnit(latest, cfg.unit);
dashboardCache.set(`latest-${cfg.unit}`, inUnit.tolist() as number[]);
dashboardCache.set("latest", latest.tolist() as number[]);

for (const [key, values] of dashboardCache) {
  console.log(key.padEnd(14), values.map((v) => v.toFixed(3)).join(" "));
}
for (const [name, value] of Object.entries(percentiles(latest, [0.5, 0.9]))) {
  console.log(`${name}: ${value.toFixed(2)}`);
}
