// Batched inference for a two-layer click model: dequantises int8 weights, pads and normalises request batches, and writes scores back per request.
import { array, zeros, NDArray } from "ndalias";

interface QuantizedLayer {
  codes: NDArray; // int8 codes, [in, out]
  scale: number;
  zeroPoint: number;
  bias: NDArray;
}

interface DenseLayer {
  weights: NDArray;
  bias: NDArray;
}

interface ScoreRequest {
  requestId: string;
  features: number[];
}

const BATCH_SIZE = 4;
const FEATURE_MEAN = array([0.5, 12.0, 0.2]);
const FEATURE_SCALE = array([0.25, 8.0, 0.1]);

export function quantize(weights: NDArray, scale: number, zeroPoint: number): NDArray {
  const q = weights.div(scale);
  for (let i = 0; i < q.size; i++) {
    const v = Math.round(q.data[i] as number) + zeroPoint;
    q.data[i] = Math.max(-128, Math.min(127, v));
  }
  return q.astype("int8");
}

export function dequantize(layer: QuantizedLayer): DenseLayer {
  const weights = layer.codes.astype("float64");
  const centered = weights.sub(layer.zeroPoint);
  weights.imul(layer.scale); // expect: no-lost-write
  return { weights: centered, bias: layer.bias.copy() };
}

export function dense(x: NDArray, layer: DenseLayer): NDArray {
  const n = x.shape[0];
  const dout = layer.weights.shape[1];
  const out = zeros([n, dout]);
  for (let i = 0; i < n; i++) {
    const row = x.slice(i);
    for (let j = 0; j < dout; j++) {
      out.set([i, j], row.mul(layer.weights.slice(":", j)).sum() + layer.bias.get(j));
    }
  }
  return out;
}

export function relu(x: NDArray): NDArray {
  const h = x.copy();
  for (let i = 0; i < h.size; i++) {
    if ((h.data[i] as number) < 0) h.data[i] = 0;
  }
  return h;
}

export function sigmoid(x: NDArray): NDArray {
  const y = x.copy();
  for (let i = 0; i < y.size; i++) {
    y.data[i] = 1 / (1 + Math.exp(-(y.data[i] as number)));
  }
  return y;
}

export function padBatch(rows: NDArray, size: number): NDArray {
  const out = zeros([size, rows.shape[1]]);
  out.slice(`0:${rows.shape[0]}`).assign(":", rows);
  return out;
}

export function forward(batch: NDArray, hidden: DenseLayer, head: DenseLayer): NDArray {
  const h = relu(dense(batch, hidden));
  return sigmoid(dense(h, head)).ravel();
}

function toMatrix(requests: ScoreRequest[]): NDArray {
  return array(requests.map((r) => r.features));
}

function validateRequest(r: ScoreRequest, dim: number): string | null {
  if (r.features.length !== dim) {
    return `${r.requestId}: expected ${dim} features, got ${r.features.length}`;
  }
  if (r.features.some((f) => !Number.isFinite(f))) {
    return `${r.requestId}: non-finite feature`;
  }
  return null;
}

/** Largest absolute z-score per request, used to flag out-of-distribution traffic. */
function outlierScores(matrix: NDArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < matrix.shape[0]; i++) {
    const z = matrix.slice(i).sub(FEATURE_MEAN).div(FEATURE_SCALE);
    out.push(Math.max(z.max(), -z.min()));
  }
  return out;
}

// --- model loading -------------------------------------------------------------

const hiddenFloat = array([
  [0.42, -0.31, 0.18, 0.05],
  [-0.12, 0.27, 0.33, -0.44],
  [0.6, 0.1, -0.22, 0.31],
]);
const headFloat = array([[0.9], [-0.4], [0.55], [0.3]]);
const HIDDEN_SCALE = 0.005;
const HEAD_SCALE = 0.008;

const hiddenQ: QuantizedLayer = {
  codes: quantize(hiddenFloat, HIDDEN_SCALE, 0),
  scale: HIDDEN_SCALE,
  zeroPoint: 0,
  bias: array([0.01, 0.0, -0.02, 0.03]),
};
const headQ: QuantizedLayer = {
  codes: quantize(headFloat, HEAD_SCALE, 0),
  scale: HEAD_SCALE,
  zeroPoint: 0,
  bias: array([-0.1]),
};
const hiddenLayer = dequantize(hiddenQ);
const headLayer = dequantize(headQ);
console.log("hidden weight range:", hiddenLayer.weights.min(), hiddenLayer.weights.max());

// --- request queue -------------------------------------------------------------

const queue: ScoreRequest[] = [
  { requestId: "r-101", features: [0.72, 15.0, 0.31] },
  { requestId: "r-102", features: [0.1, 3.0, 0.05] },
  { requestId: "r-103", features: [0.55, 22.0, 0.4] },
  { requestId: "r-104", features: [0.91, 9.0, 0.12] },
  { requestId: "r-105", features: [0.33, 30.0, 0.27] },
  { requestId: "r-106", features: [0.6, 11.0, 0.19] },
];

const rejected = queue.map((r) => validateRequest(r, FEATURE_MEAN.size)).filter((m): m is string => m !== null);
if (rejected.length > 0) {
  console.warn("rejected requests:", rejected);
}

const pending = toMatrix(queue);
const outliers = outlierScores(pending);
console.log("max |z| per request:", outliers.map((z) => z.toFixed(2)).join(" "));
const numRequests = pending.shape[0];
const scoresOut = zeros(numRequests);
let batchesRun = 0;

for (let start = 0; start < numRequests; start += BATCH_SIZE) {
  const end = Math.min(start + BATCH_SIZE, numRequests);
  const batch = pending.slice(`${start}:${end}`);
  batch.isub(FEATURE_MEAN); // expect: no-view-mutation
  const normalized = batch.div(FEATURE_SCALE);
  const padded = padBatch(normalized, BATCH_SIZE);
  const probs = forward(padded, hiddenLayer, headLayer);
  scoresOut.slice(`${start}:${end}`).assign(":", probs.slice(`0:${end - start}`));
  batchesRun += 1;
}
console.log("batches run:", batchesRun);

// Every request is logged with the features it arrived with, for offline training.
const featureLog = queue.map((r, i) => ({
  requestId: r.requestId,
  features: pending.slice(i).tolist() as number[],
  score: scoresOut.get(i),
}));
for (const entry of featureLog) {
  console.log(entry.requestId, entry.features.map((f) => f.toFixed(2)).join(" "), "->", entry.score.toFixed(4));
}

// --- calibration ----------------------------------------------------------------

const labels = array([1, 0, 1, 1, 0, 1]);
const calibrated = scoresOut.copy();
const meanScore = calibrated.mean();
const baseRate = labels.mean();
calibrated.imul(baseRate / meanScore);
for (let i = 0; i < calibrated.size; i++) {
  if (calibrated.get(i) > 1) calibrated.set(i, 1);
}
console.log("calibrated scores:", (calibrated.tolist() as number[]).map((s) => s.toFixed(3)));

let logLoss = 0;
for (let i = 0; i < labels.size; i++) {
  const p = Math.min(1 - 1e-7, Math.max(1e-7, calibrated.get(i)));
  logLoss -= labels.get(i) * Math.log(p) + (1 - labels.get(i)) * Math.log(1 - p);
}
console.log("log loss:", (logLoss / labels.size).toFixed(4), "raw mean score:", meanScore.toFixed(4));

// --- warm-up probe ---------------------------------------------------------------

// A synthetic all-mean request should score near the model's bias; run it through the same path.
const probe = zeros([1, FEATURE_MEAN.size]);
probe.slice(0).assign(":", FEATURE_MEAN);
probe.isub(FEATURE_MEAN);
probe.idiv(FEATURE_SCALE);
const probeScore = forward(padBatch(probe, BATCH_SIZE), hiddenLayer, headLayer).get(0);
console.log("probe score:", probeScore.toFixed(4));
