// Runs explicit 1-D heat diffusion with two swapped buffers until the rod settles, then reports its energy against the initial profile.
import { array, zeros, NDArray } from "ndalias";

const ALPHA = 0.25;
const TOLERANCE = 1e-3;
const MAX_SWEEPS = 50;

function diffuseStep(src: NDArray, dst: NDArray, alpha: number): void {
  const n = src.size;
  for (let i = 1; i < n - 1; i++) {
    const lap = src.get(i - 1) - 2 * src.get(i) + src.get(i + 1);
    dst.set(i, src.get(i) + alpha * lap);
  }
  dst.set(0, src.get(0));
  dst.set(n - 1, src.get(n - 1));
}

function maxAbsDiff(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

function energy(profile: NDArray): number {
  return profile.mul(profile).sum();
}

function describe(label: string, profile: NDArray): void {
  const cells = profile.tolist() as number[];
  console.log(label.padEnd(12), cells.map((c) => c.toFixed(2)).join(" "));
}

const rod = array([0, 0, 10, 40, 10, 0, 0, 0]);
const initial = rod.copy();
let cur: NDArray = rod.copy();
let nxt: NDArray = zeros(rod.size);
let steps = 0;
let settled = false;

outer: for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
  for (let k = 0; k < 4; k++) {
    diffuseStep(cur, nxt, ALPHA);
    steps++;
    const change = maxAbsDiff(cur, nxt);
    [cur, nxt] = [nxt, cur];
    if (change < TOLERANCE) {
      settled = true;
      break outer;
    }
    if (!Number.isFinite(change) || change > 1e6) {
      console.warn("diverged at step", steps);
      break outer;
    }
  }
  // cold reservoirs at both ends after every sweep
  cur.slice(":1").fill(0);
  cur.slice("-1:").fill(0);
  if (sweep % 10 === 9) describe(`sweep ${sweep}`, cur);
}

const before = energy(initial);
const after = energy(cur);
console.log(`steps=${steps} settled=${settled}`);
console.log("energy before", before.toFixed(2), "after", after.toFixed(2));

// the spare buffer is only scratch space from here on
nxt = zeros(rod.size);
diffuseStep(cur, nxt, ALPHA / 2);
const residual = maxAbsDiff(cur, nxt);
console.log("residual of one more half step:", residual.toExponential(2));

// rescale the final profile to percent of its total heat
const total = cur.sum();
if (total > 0) {
  cur.imul(100 / total);
}
const percent = cur;
describe("percent", percent);

// cool every cell that is still warm, on a copy of the percentages
const cooled = percent.copy();
cells: for (let i = 0; i < cooled.size; i++) {
  if (cooled.get(i) < 1) continue cells;
  cooled.set(i, cooled.get(i) * 0.9);
}
describe("cooled", cooled);

// hottest cell of the initial and of the final profile
let hottest = 0;
for (let i = 1; i < initial.size; i++) {
  if (initial.get(i) > initial.get(hottest)) hottest = i;
}
let hottestNow = 0;
for (let i = 1; i < percent.size; i++) {
  if (percent.get(i) > percent.get(hottestNow)) hottestNow = i;
}
console.log("hottest cell before:", hottest, "after:", hottestNow);
describe("initial", initial);
describe("rod", rod);
