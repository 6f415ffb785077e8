// Property-style checks for in-place normalisers: every property run gets a freshly generated vector, reads it, then rescales an alias or a view of it.
// runnable
import { array, NDArray } from "ndalias";

type Property = (sample: NDArray, seed: number) => void;

function makeSample(seed: number, n: number): NDArray {
  const values: number[] = [];
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    values.push((s % 1000) / 100 - 5);
  }
  return array(values);
}

function check(name: string, prop: Property, runs = 5): void {
  for (let seed = 1; seed <= runs; seed++) {
    prop(makeSample(seed, 6), seed);
  }
  console.log(`ok - ${name} (${runs} runs)`);
}

/** Scales `v` in place so that its largest magnitude is one. */
function unitPeakInPlace(v: NDArray): void {
  const peak = Math.max(v.max(), -v.min());
  if (peak > 0) v.idiv(peak);
}

check("unit peak keeps the sign pattern", (sample) => {
  const before = sample.tolist() as number[];
  const scaled = sample;
  unitPeakInPlace(scaled);
  const after = scaled.tolist() as number[];
  console.assert(after.every((x, i) => Math.sign(x) === Math.sign(before[i]!)), "signs preserved");
  console.assert(Math.max(scaled.max(), -scaled.min()) <= 1 + 1e-12, "bounded by one");
});

check("centring zeroes the mean", (sample, seed) => {
  const n = sample.size;
  const mu = sample.mean();
  const centred = sample;
  centred.isub(mu);
  console.assert(Math.abs(centred.mean()) < 1e-9, `seed ${seed}: mean ${centred.mean()} over ${n} values`);
});

check("clearing the head keeps the tail finite", (sample) => {
  const tailBefore = sample.slice("3:").sum();
  const head = sample.slice(":3");
  head.fill(0);
  console.assert(head.sum() === 0, "head cleared");
  console.assert(Number.isFinite(tailBefore), "tail sum finite");
});

const batch = [array([3, -1, 2]), array([0.5, 0.25, -4]), array([7, 7, 7])];
batch.forEach((row, i) => {
  const peak = row.max();
  const lead = row.slice(":1");
  lead.fill(peak);
  console.log(`row ${i}: peak ${peak}`);
});
console.log("rows led by their peak:", batch.map((r) => r.tolist()));

for (const seed of [11, 12, 13]) {
  const v = makeSample(seed, 4);
  const w = v;
  console.log(`seed ${seed}: raw total ${v.sum().toFixed(2)}`);
  w.imul(2);
  console.log(`seed ${seed}: doubled total ${w.sum().toFixed(2)}`);
}
