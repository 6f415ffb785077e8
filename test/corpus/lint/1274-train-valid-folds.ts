// Splits a small regression dataset into train/validation folds with tuple-returning helpers, standardises them with train statistics and prints a report.
import { array, arange, zeros, NDArray } from "ndalias";

type Split = [train: NDArray, valid: NDArray];
type Moments = { mean: number; std: number };

function split(data: NDArray, ratio: number): Split {
  const cut = Math.round(data.shape[0] * ratio);
  return [data.slice(`:${cut}`).copy(), data.slice(`${cut}:`).copy()];
}

function moments(x: NDArray): Moments {
  const mean = x.mean();
  const centred = x.sub(mean);
  return { mean, std: Math.sqrt(centred.mul(centred).mean()) || 1 };
}

function kFolds(n: number, k: number): number[][] {
  const idx = Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: k }, (_, f) => idx.filter((i) => i % k === f));
}

function standardized(x: NDArray, { mean, std }: Moments): NDArray {
  const z = x.sub(mean);
  z.idiv(std);
  return z;
}

/** Scales every fold in place; used for the unit-conversion step. */
function scaleAll(folds: NDArray[], factor: number): void {
  folds.forEach((fold) => fold.imul(factor));
}

const features = array([3.1, 2.4, 5.8, 4.0, 3.3, 6.1, 2.9, 4.4, 5.0, 3.7, 4.9, 2.2]);
const targets = arange(12).mul(0.5).add(1);

// --- hold-out split -------------------------------------------------------
const [train, valid = zeros(0)] = split(features, 0.75);
const { mean: mu, std: sigma = 1 } = moments(train);

const rawTrain = train;
console.log("raw train range:", rawTrain.min(), "..", rawTrain.max());

train.isub(mu);
train.idiv(sigma);
valid.isub(mu).idiv(sigma);

const trainZ = train;
console.log("train z:", (trainZ.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
console.log("valid z:", (valid.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
console.log("features untouched:", features.sum().toFixed(2));

// --- k-fold cross-validation ---------------------------------------------
const folds = kFolds(features.size, 3).map((idx) => features.take(idx));
scaleAll(folds, 10);
const foldMoments = folds.map(moments);
const widest = foldMoments.reduce<Moments & { fold: number }>(
  (best, m, i) => (m.std > best.std ? { ...m, fold: i } : best),
  { mean: 0, std: 0, fold: -1 },
);
console.log(`widest fold: #${widest.fold} (std ${widest.std.toFixed(3)})`);

// Targets are standardised per fold with the statistics of the other folds.
const report = kFolds(targets.size, 3).map((heldOut, f) => {
  const rest = kFolds(targets.size, 3)
    .filter((_, g) => g !== f)
    .flat();
  const stats = moments(targets.take(rest));
  const zHeld = standardized(targets.take(heldOut), stats);
  return { fold: f, meanZ: zHeld.mean(), size: zHeld.size };
});
for (const { fold, meanZ, size } of report) {
  console.log(`fold ${fold}: n=${size}, mean held-out z=${meanZ.toFixed(3)}`);
}

// --- a swap of the two fresh splits keeps both buffers separate ----------
let [a, b] = split(targets, 0.5);
[a, b] = [b, a];
a.imul(2);
b.isub(1);
console.log("first half, shifted:", b.tolist(), "second half, doubled:", a.tolist());
console.log("targets:", targets.tolist());

const found = folds.find((fold) => fold.max() > 55);
console.log("fold with a large feature:", found?.tolist() ?? "none");
