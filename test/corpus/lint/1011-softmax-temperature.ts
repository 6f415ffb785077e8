// Calibrates a 3-class classifier: softmax into a caller buffer, a log-softmax out-parameter, temperature scaling and log-loss before/after.
import { array, zeros, empty, NDArray } from "ndalias";

const CLASSES = ["cat", "dog", "fox"];

function softmaxRows(logits: NDArray): NDArray {
  const [n, k] = logits.shape;
  const probs = zeros([n, k]);
  for (let i = 0; i < n; i++) {
    const row = logits.slice(i);
    const shifted = row.sub(row.max());
    let total = 0;
    for (let j = 0; j < k; j++) {
      const e = Math.exp(shifted.get(j));
      probs.set([i, j], e);
      total += e;
    }
    probs.slice(i).idiv(total);
  }
  return probs;
}

// scipy.special.softmax(logits, axis=1, out=out) style: fills `out` and hands it back
function softmaxInto(logits: NDArray, out: NDArray): NDArray {
  const probs = softmaxRows(logits);
  out.assign(":", probs); // expect: no-alias-mutation
  return out;
}

// log-softmax written straight into a caller-provided buffer
function logSoftmaxInto(logits: NDArray, out: NDArray): void {
  const probs = softmaxRows(logits);
  for (let i = 0; i < probs.size; i++) {
    out.data[i] = Math.log(probs.data[i] as number);
  }
}

function logLoss(probs: NDArray, y: number[]): number {
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    total -= Math.log(Math.max(probs.get(i, y[i]), 1e-12));
  }
  return total / y.length;
}

function meanMargin(logits: NDArray, y: number[]): number {
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    const row = logits.slice(i);
    total += row.get(y[i]) - row.max();
  }
  return total / y.length;
}

const logits = array([
  [4.2, 0.3, -1.1],
  [0.5, 3.8, 0.9],
  [-0.2, 0.1, 3.9],
  [3.6, 3.1, -0.4],
  [0.4, -0.8, 4.4],
  [2.9, 0.2, 2.7],
]);
const y = [0, 1, 2, 1, 2, 0];

const probsBuffer = empty(logits.shape);
const p0 = softmaxInto(logits, probsBuffer);
console.log("log-loss before calibration:", logLoss(p0, y).toFixed(4));

const logp = zeros(logits.shape);
logSoftmaxInto(logits, logp);
let trueLogProb = 0;
for (let i = 0; i < y.length; i++) trueLogProb += logp.get(i, y[i]);
console.log("mean log-prob of the true class:", (trueLogProb / y.length).toFixed(4));

// temperature scaling: grid-search T on the validation logits
let bestT = 1;
let bestLoss = Infinity;
for (const T of [0.5, 1, 1.5, 2, 3, 4]) {
  const loss = logLoss(softmaxRows(logits.div(T)), y);
  if (loss < bestLoss) {
    bestLoss = loss;
    bestT = T;
  }
}

// rescale every logit through the flat view before the final softmax
const flatLogits = logits.ravel();
flatLogits.idiv(bestT); // expect: no-view-mutation
console.log("scaled logit range:", flatLogits.min().toFixed(3), "..", flatLogits.max().toFixed(3));

const calibrated = softmaxRows(flatLogits.reshape(y.length, CLASSES.length));
console.log(`T = ${bestT}, log-loss after calibration:`, logLoss(calibrated, y).toFixed(4));
console.log("uncalibrated mean margin:", meanMargin(logits, y).toFixed(4));
for (let i = 0; i < y.length; i++) {
  const p = calibrated.slice(i);
  console.log(`sample ${i}: true ${CLASSES[y[i]]}, p(true) = ${p.get(y[i]).toFixed(3)}`);
}
