// Latency monitor script: module-level histogram and running totals updated by functions of the module, then summarised by the script.
import { zeros, array, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const BUCKET_EDGES = [5, 10, 25, 50, 100, 250];
const HISTOGRAM = zeros(BUCKET_EDGES.length + 1);
const TOTALS = zeros(3);
const LIMITS = { warnMs: 50, critMs: 200, name: "api" };
const ALERTS = { ...LIMITS, name: "api-alerts" };

function bucketOf(ms: number): number {
  const idx = BUCKET_EDGES.findIndex((edge) => ms <= edge);
  return idx === -1 ? BUCKET_EDGES.length : idx;
}

function observe(samples: number[]): number {
  for (const ms of samples) {
    const b = bucketOf(ms);
    HISTOGRAM.set(b, HISTOGRAM.get(b) + 1);
  }
  TOTALS.set(0, TOTALS.get(0) + samples.length);
  TOTALS.set(1, TOTALS.get(1) + samples.reduce((a, b) => a + b, 0));
  TOTALS.set(2, Math.max(TOTALS.get(2), ...samples));
  return HISTOGRAM.sum();
}

function decayHistogram(factor: number): number {
  HISTOGRAM.imul(factor);
  return HISTOGRAM.sum();
}

function shares(): NDArray {
  let normalised: NDArray = HISTOGRAM;
  normalised = normalised.div(Math.max(1, HISTOGRAM.sum()));
  normalised.imul(100);
  return normalised;
}

function tailWeight(): number {
  const counts = HISTOGRAM.take([5, 6]);
  counts.imul(2);
  return counts.sum();
}

function cumulative(): NDArray {
  const out = zeros(HISTOGRAM.size);
  let running = 0;
  for (let i = 0; i < HISTOGRAM.size; i++) {
    running += HISTOGRAM.get(i);
    out.set(i, running);
  }
  return out;
}

async function scrape(round: number): Promise<number[]> {
  await delay(1);
  const base = [3, 8, 12, 30, 45, 70, 120, 260];
  return base.map((ms) => ms + round * 4);
}

for (let round = 0; round < 3; round++) {
  const seen = observe(await scrape(round));
  console.log(`round ${round}: ${seen} samples in histogram`);
  if (round === 1) decayHistogram(0.5);
}

const mean = TOTALS.get(1) / TOTALS.get(0);
const worst = TOTALS.get(2);
const level = worst > ALERTS.critMs ? "critical" : worst > ALERTS.warnMs ? "warning" : "ok";
console.log(`${ALERTS.name}: mean ${mean.toFixed(1)} ms, worst ${worst} ms -> ${level}`);

console.log("shares (%):", shares().tolist());
console.log("tail weight:", tailWeight());
console.log("cumulative:", cumulative().tolist());

const rebased = array(HISTOGRAM.tolist());
rebased.isub(rebased.min());
HISTOGRAM.fill(0);
TOTALS.fill(0);
console.log("rebased:", rebased.tolist(), "histogram cleared:", HISTOGRAM.sum(), "totals cleared:", TOTALS.sum());
