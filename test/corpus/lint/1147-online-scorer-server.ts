// Online model server: a linear scorer learns from feedback batches, keeps a module-level loss history and serves predictions.
import { array, zeros, NDArray } from "ndalias";

const HISTORY = zeros(16);
let historyPos = 0;

interface Feedback {
  features: number[];
  label: number;
}

export function recordLoss(loss: number): void {
  HISTORY.set(historyPos % HISTORY.size, loss);
  historyPos++;
}

export function resetHistory(): number {
  const previousMean = historyMean();
  HISTORY.fill(0);
  historyPos = 0;
  return previousMean;
}

export function historyMean(): number {
  const filled = Math.min(historyPos, HISTORY.size);
  return filled === 0 ? 0 : HISTORY.slice(`0:${filled}`).mean();
}

export function standardize(batch: NDArray): NDArray {
  const out = batch.sub(batch.mean());
  out.idiv(Math.max(1e-9, Math.sqrt(out.mul(out).mean())));
  return out;
}

export function topFeatures(batch: NDArray, idx: number[], weight: number): NDArray {
  const picked = batch.take(idx);
  picked.imul(weight);
  return picked;
}

class OnlineScorer {
  weights: NDArray;
  private velocity: NDArray;
  updates = 0;

  constructor(initial: number[]) {
    this.weights = array(initial);
    this.velocity = zeros(initial.length);
  }

  score(features: NDArray): number {
    return this.weights.mul(features).sum();
  }

  async update(features: NDArray, label: number, lr: number): Promise<number> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const err = this.score(features) - label;
    const grad = features.mul(err);
    grad.imul(lr);
    this.velocity.imul(0.9);
    this.velocity.iadd(grad);
    this.weights.isub(this.velocity);
    this.updates++;
    recordLoss(err * err);
    return err;
  }

  decay(k: number): number {
    this.weights.imul(k);
    this.velocity.fill(0);
    return this.weights.sum();
  }

  exportWeights(): number[] {
    return this.weights.tolist() as number[];
  }
}

async function trainOn(scorer: OnlineScorer, batch: Feedback[], lr: number): Promise<number> {
  let total = 0;
  for (const fb of batch) {
    const x = standardize(array(fb.features));
    total += Math.abs(await scorer.update(x, fb.label, lr));
  }
  return total / Math.max(1, batch.length);
}

const scorer = new OnlineScorer([0.1, 0.1, 0.1, 0.1]);
const feedback: Feedback[] = [
  { features: [1, 2, 3, 4], label: 1 },
  { features: [4, 3, 2, 1], label: -1 },
  { features: [1, 1, 5, 1], label: 0.5 },
];

for (let epoch = 0; epoch < 3; epoch++) {
  const meanErr = await trainOn(scorer, feedback, 0.05);
  console.log(`epoch ${epoch}: mean |err| ${meanErr.toFixed(4)}, loss history mean ${historyMean().toFixed(4)}`);
}
console.log("weight sum after decay:", scorer.decay(0.99).toFixed(4));
const probe = array([2, 2, 2, 2]);
console.log("prediction:", scorer.score(standardize(probe)).toFixed(4), "weights:", scorer.exportWeights());
console.log("boosted:", topFeatures(probe, [0, 3], 1.5).tolist(), "probe:", probe.tolist());
console.log("history mean before reset:", resetHistory().toFixed(4));
