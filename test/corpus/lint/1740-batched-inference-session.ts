// A batched inference session that reuses preallocated input and output buffers across requests and hands back per-request results.
import { array, zeros, NDArray } from "ndalias";

const DIM = 4;
const CLASSES = 3;
const LABELS = ["negative", "neutral", "positive"];

function featurize(buf: NDArray, text: string): void {
  buf.fill(0);
  for (const word of text.toLowerCase().split(/\W+/)) {
    if (!word) continue;
    let h = 0;
    for (const ch of word) h = (h * 31 + ch.charCodeAt(0)) % 9973;
    buf.set(h % DIM, buf.get(h % DIM) + 1);
  }
}

class InferenceSession {
  private inputBuf: NDArray;
  private outputBuf: NDArray;
  private weights: NDArray;
  private row: NDArray;
  requests = 0;

  constructor(maxBatch: number, weights: NDArray) {
    this.inputBuf = zeros([maxBatch, DIM]);
    this.outputBuf = zeros([maxBatch, CLASSES]);
    this.weights = weights.copy();
    this.row = zeros(DIM);
  }

  run(texts: string[]): NDArray[] {
    if (texts.length > this.inputBuf.shape[0]) {
      throw new Error(`batch of ${texts.length} exceeds capacity ${this.inputBuf.shape[0]}`);
    }
    this.inputBuf.fill(0);
    this.outputBuf.fill(0);
    texts.forEach((t, i) => {
      featurize(this.row, t);
      this.inputBuf.assign(`${i}`, this.row);
    });
    for (let i = 0; i < texts.length; i++) {
      for (let c = 0; c < CLASSES; c++) {
        this.outputBuf.set([i, c], this.inputBuf.slice(i).mul(this.weights.slice(":", c)).sum());
      }
    }
    this.requests += texts.length;
    const results: NDArray[] = [];
    for (let i = 0; i < texts.length; i++) {
      results.push(this.outputBuf.slice(i).copy());
    }
    return results;
  }

  clearBuffers(): number {
    this.inputBuf.fill(0);
    this.outputBuf.fill(0);
    return this.inputBuf.size + this.outputBuf.size;
  }
}

function argmax(v: NDArray): number {
  let best = 0;
  for (let i = 1; i < v.size; i++) {
    if (v.get(i) > v.get(best)) best = i;
  }
  return best;
}

const weights = array([
  [-1.0, 0.1, 1.2],
  [0.8, 0.3, -0.9],
  [0.2, 1.0, 0.1],
  [-0.4, 0.2, 0.9],
]);
const session = new InferenceSession(4, weights);

// Two consecutive batches share the session's buffers; each result is its own copy.
const first = session.run(["great product, love it", "terrible support"]);
const second = session.run(["it is fine", "love the battery", "awful screen"]);
first.forEach((r, i) => console.log(`batch 1 #${i}:`, LABELS[argmax(r)], r.tolist()));
second.forEach((r, i) => console.log(`batch 2 #${i}:`, LABELS[argmax(r)], r.tolist()));

// Exponential smoothing of the logits stream with two swapped buffers.
let smoothed = zeros(CLASSES);
let scratch = zeros(CLASSES);
for (const logits of [...first, ...second]) {
  for (let c = 0; c < CLASSES; c++) {
    scratch.set(c, 0.7 * smoothed.get(c) + 0.3 * logits.get(c));
  }
  [smoothed, scratch] = [scratch, smoothed];
}
console.log("smoothed logits:", (smoothed.tolist() as number[]).map((x) => x.toFixed(3)).join(", "));

// Calibration: shift every result by the batch mean, on a fresh array per request.
const calibrated = second.map((r) => r.sub(r.mean()));
calibrated.forEach((c) => c.imul(2));
console.log("calibrated:", calibrated.map((c) => (c.tolist() as number[]).map((x) => x.toFixed(2)).join(" ")));

console.log("weights kept by the caller:", weights.sum().toFixed(2));
console.log("requests served:", session.requests, "buffer cells cleared:", session.clearBuffers());
