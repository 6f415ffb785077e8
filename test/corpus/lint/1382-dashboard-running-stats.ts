// Immutable running statistics for a latency dashboard: an EMA and min/max envelopes per endpoint, updated batch by batch.
import { array, full, zeros, NDArray } from "ndalias";

interface Stats {
  readonly ema: NDArray;
  readonly lo: NDArray;
  readonly hi: NDArray;
  readonly n: number;
}

interface Counters {
  hits: NDArray;
  errors: NDArray;
}

const ENDPOINTS = ["/login", "/search", "/cart", "/pay"];

function initStats(first: NDArray): Stats {
  return { ema: first.copy(), lo: first.copy(), hi: first.copy(), n: 1 };
}

function update(s: Stats, batch: NDArray, alpha: number, reuseBuffers: boolean): Stats {
  const ema = reuseBuffers ? s.ema : s.ema.copy();
  ema.iadd(batch.sub(ema).mul(alpha)); // expect: no-alias-mutation
  const lo = s.lo.copy();
  const hi = s.hi.copy();
  for (let i = 0; i < batch.size; i++) {
    const v = batch.get(i);
    if (v < lo.get(i)) lo.set(i, v);
    if (v > hi.get(i)) hi.set(i, v);
  }
  return { ema, lo, hi, n: s.n + 1 };
}

function merged(a: Stats, b: Stats): Stats {
  const wa = a.n / (a.n + b.n);
  const ema = a.ema.mul(wa);
  ema.iadd(b.ema.mul(1 - wa));
  const lo = a.lo.copy();
  const hi = a.hi.copy();
  for (let i = 0; i < lo.size; i++) {
    lo.set(i, Math.min(a.lo.get(i), b.lo.get(i)));
    hi.set(i, Math.max(a.hi.get(i), b.hi.get(i)));
  }
  return { ema, lo, hi, n: a.n + b.n };
}

function suppressSpikes(s: Stats, endpoints: number[]): void {
  s.ema.take(endpoints).fill(0); // expect: no-lost-write
}

function recordBatch(c: Counters, batch: NDArray, slo: number): void {
  c.hits.iadd(1);
  for (let i = 0; i < batch.size; i++) {
    if (batch.get(i) > slo) c.errors.set(i, c.errors.get(i) + 1);
  }
}

function report(label: string, s: Stats): void {
  console.log(label, "n =", s.n);
  for (let i = 0; i < ENDPOINTS.length; i++) {
    console.log(
      `  ${ENDPOINTS[i].padEnd(8)} ema ${s.ema.get(i).toFixed(1)} ms`,
      `[${s.lo.get(i).toFixed(0)}, ${s.hi.get(i).toFixed(0)}]`,
    );
  }
}

const batches = [
  array([120, 45, 80, 300]),
  array([110, 50, 95, 280]),
  array([400, 48, 70, 310]),
  array([130, 52, 85, 295]),
];

const counters: Counters = { hits: zeros(ENDPOINTS.length), errors: full(ENDPOINTS.length, 0) };
const region = process.argv.includes("--eu") ? "eu" : "us";

const baseline = initStats(batches[0]);
let live = baseline;
for (const batch of batches.slice(1)) {
  live = update(live, batch, 0.3, region === "eu");
  recordBatch(counters, batch, 250);
}

const other = update(initStats(array([100, 40, 90, 260])), array([105, 42, 88, 270]), 0.3, false);
const global = merged(live, other);

suppressSpikes(live, [0]);
report("baseline", baseline);
report(`live (${region})`, live);
report("global", global);
console.log("SLO violations:", counters.errors.tolist(), "of", counters.hits.tolist());
