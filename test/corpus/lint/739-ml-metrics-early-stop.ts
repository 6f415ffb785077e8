// Evaluation side of a softmax classifier: confusion matrix, per-class precision/recall, streaming metrics and early stopping with weight restore.
import { zeros, array, NDArray } from "ndalias";

interface StreamingMetric {
  readonly name: string;
  state: NDArray;
  update(pred: number[], target: number[]): void;
  value(): number;
}

interface SoftmaxModel {
  weights: NDArray;
  classes: number;
  features: number;
}

function oneHotInto(out: NDArray, labels: number[]): void {
  out.fill(0);
  labels.forEach((label, row) => out.set([row, label], 1));
}

function argmaxRows(scores: NDArray): number[] {
  const picks: number[] = [];
  for (let i = 0; i < scores.shape[0]; i++) {
    const row = scores.slice(i);
    let best = 0;
    for (let k = 1; k < row.size; k++) if (row.get(k) > row.get(best)) best = k;
    picks.push(best);
  }
  return picks;
}

function scoresFor(model: SoftmaxModel, x: NDArray): NDArray {
  const rows = x.shape[0];
  const out = zeros([rows, model.classes]);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < model.classes; k++) {
      out.set([i, k], x.slice(i).mul(model.weights.slice(":", k)).sum());
    }
  }
  return out;
}

function sgdUpdate(model: SoftmaxModel, grad: NDArray, lr: number): void {
  model.weights.isub(grad.mul(lr));
}

class ConfusionMatrix {
  readonly counts: NDArray;
  private readonly pending: NDArray;
  lifetimeCorrect = 0;

  constructor(readonly classes: number) {
    this.counts = zeros([classes, classes]);
    this.pending = zeros([classes, classes]);
  }

  defer(pred: number, target: number): void {
    this.pending.set([target, pred], this.pending.get(target, pred) + 1);
  }

  update(pred: number[], target: number[]): void {
    for (let i = 0; i < pred.length; i++) {
      const idx = [target[i], pred[i]];
      this.counts.set(idx, this.counts.get(...idx) + 1);
    }
  }

  rowNormalized(): NDArray {
    const norm = this.counts.astype("float64");
    for (let i = 0; i < this.classes; i++) {
      const total = this.counts.slice(i).sum();
      if (total > 0) norm.slice(i).idiv(total);
    }
    return norm;
  }

  precision(k: number): number {
    const predicted = this.counts.slice(":", k).sum();
    return predicted === 0 ? 0 : this.counts.get(k, k) / predicted;
  }

  recall(k: number): number {
    const actual = this.counts.slice(k).sum();
    return actual === 0 ? 0 : this.counts.get(k, k) / actual;
  }

  reset(): void {
    const diag = this.counts.diagonal();
    this.lifetimeCorrect += diag.sum();
    this.counts.fill(0);
  }

  transposedReport(): number[][] {
    this.counts.iadd(this.pending);
    this.pending.fill(0);
    const byPrediction = this.counts.T;
    return byPrediction.tolist() as number[][];
  }
}

class RunningAccuracy implements StreamingMetric {
  readonly name = "accuracy";
  state = zeros(2);

  update(pred: number[], target: number[]): void {
    let hits = 0;
    pred.forEach((p, i) => (hits += p === target[i] ? 1 : 0));
    this.state.iadd(array([hits, pred.length]));
  }

  value(): number {
    return this.state.get(1) === 0 ? 0 : this.state.get(0) / this.state.get(1);
  }
}

class MetricCollection {
  constructor(private readonly metrics: StreamingMetric[]) {}

  update(pred: number[], target: number[]): void {
    for (const m of this.metrics) m.update(pred, target);
  }

  resetAll(): void {
    this.metrics.forEach((m) => m.state.fill(0));
  }

  summary(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const m of this.metrics) out[m.name] = m.value();
    return out;
  }
}

class EarlyStopping {
  private best = -Infinity;
  private bestWeights: NDArray | null = null;
  private bad = 0;

  constructor(private readonly patience: number) {}

  check(score: number, model: SoftmaxModel): boolean {
    if (score > this.best) {
      this.best = score;
      this.bestWeights = model.weights.copy();
      this.bad = 0;
      return false;
    }
    this.bad++;
    return this.bad > this.patience;
  }

  restoreInto(model: SoftmaxModel): void {
    if (this.bestWeights) model.weights.assign(":", this.bestWeights);
  }
}

function softmaxGradient(model: SoftmaxModel, x: NDArray, labels: number[]): NDArray {
  const scores = scoresFor(model, x);
  const targets = zeros(scores.shape);
  oneHotInto(targets, labels);
  const diff = scores.sub(targets);
  const grad = zeros(model.weights.shape);
  for (let j = 0; j < model.features; j++) {
    for (let k = 0; k < model.classes; k++) {
      grad.set([j, k], x.slice(":", j).mul(diff.slice(":", k)).sum() / labels.length);
    }
  }
  return grad;
}

const x = array([[1, 0.2, 0.1], [0.9, 0.1, 0.3], [0.1, 1, 0.2], [0.2, 0.8, 0.1], [0.1, 0.2, 1], [0.3, 0.1, 0.9]]);
const y = [0, 0, 1, 1, 2, 2];
const model: SoftmaxModel = { weights: zeros([3, 3]), classes: 3, features: 3 };
const cm = new ConfusionMatrix(3);
const metrics = new MetricCollection([new RunningAccuracy()]);
const stopper = new EarlyStopping(2);

for (let epoch = 0; epoch < 8; epoch++) {
  sgdUpdate(model, softmaxGradient(model, x, y), 0.8);
  const pred = argmaxRows(scoresFor(model, x));
  cm.update(pred, y);
  metrics.update(pred, y);
  const acc = metrics.summary()["accuracy"];
  console.log(`epoch ${epoch}: accuracy ${acc.toFixed(3)}, recall[0] ${cm.recall(0).toFixed(2)}`);
  if (stopper.check(acc, model)) break;
  metrics.resetAll();
  if (epoch < 7) cm.reset();
}
cm.defer(argmaxRows(scoresFor(model, x.slice("0:1")))[0], y[0]);
stopper.restoreInto(model);
console.log("row-normalised confusion:", cm.rowNormalized().tolist());
console.log("by prediction:", cm.transposedReport());
console.log("precision:", [0, 1, 2].map((k) => cm.precision(k).toFixed(2)).join(" "));
console.log("restored weights:", model.weights.tolist(), "lifetime correct:", cm.lifetimeCorrect);
