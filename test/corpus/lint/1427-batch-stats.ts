// Summary statistics for a set of measurement batches: robust centre and spread, centring callbacks and a pooled report.
import { array, zeros, NDArray } from "ndalias";

const Stats = {
  median: (x: NDArray) => {
    const s = x.flatten();
    s.sort();
    const mid = Math.floor(s.size / 2);
    return s.size % 2 ? s.get(mid) : (s.get(mid - 1) + s.get(mid)) / 2;
  },
  mad: (x: NDArray) => {
    const dev = x.sub(Stats.median(x));
    for (let i = 0; i < dev.size; i++) dev.data[i] = Math.abs(dev.data[i] as number);
    return Stats.median(dev);
  },
  zscores: (x: NDArray) => {
    const z = x.sub(x.mean());
    const sd = Math.sqrt(z.mul(z).mean()) || 1;
    z.idiv(sd);
    return z;
  },
  trimmed: (x: NDArray, k: number) => {
    const sorted = x.copy();
    sorted.sort();
    return sorted.slice(`${k}:${sorted.size - k}`).mean();
  },
};

const batches = [
  array([10.2, 9.8, 10.5, 30.1, 10.0, 9.9]),
  array([11.1, 11.4, 10.9, 11.0, 11.3, 11.2]),
  array([9.5, 9.7, 9.6, 9.4, 2.0, 9.8]),
];

// centres and spreads are read before anything is changed
const report = batches.map((b, i) => ({
  id: i,
  median: Stats.median(b),
  mad: Stats.mad(b),
  trimmed: Stats.trimmed(b, 1),
}));
report.forEach((r) => console.log(`batch ${r.id}: median=${r.median.toFixed(2)} mad=${r.mad.toFixed(3)} trimmed=${r.trimmed.toFixed(2)}`));

// robust standardisation, applied in place through a forEach callback
batches.forEach((b, i) => b.isub(report[i].median));
batches.forEach((b, i) => {
  b.idiv(report[i].mad || 1);
});
console.log("standardised:", batches.map((b) => (b.tolist() as number[]).map((v) => v.toFixed(1)).join(" ")));

// winsorise: a void helper that clamps what it is given
const clampInPlace = (x: NDArray, lo: number, hi: number) => {
  for (let i = 0; i < x.size; i++) {
    const v = x.get(i);
    if (v < lo) x.set(i, lo);
    else if (v > hi) x.set(i, hi);
  }
};
batches.forEach((b) => clampInPlace(b, -3.5, 3.5));

// the pooled array is made after the clamping, so it sees the clamped values
const pooled = zeros(batches.reduce((n, b) => n + b.size, 0));
let at = 0;
for (const b of batches) {
  pooled.assign(`${at}:${at + b.size}`, b);
  at += b.size;
}
const pooledView = pooled.reshape(batches.length, 6);
console.log("pooled rows:", pooledView.tolist());
console.log("pooled z:", (Stats.zscores(pooled).tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

// per-batch maxima go into a fresh array that is read right after
const maxima = array(batches.map((b) => b.max()));
maxima.imul(10);
console.log("max (x10):", maxima.tolist(), "pooled max:", pooled.max());

const outlierCount = (x: NDArray, limit: number) => {
  let n = 0;
  for (let i = 0; i < x.size; i++) if (Math.abs(x.get(i)) >= limit) n += 1;
  return n;
};
console.log("clamped cells:", batches.map((b) => outlierCount(b, 3.5)));
export default Stats;
