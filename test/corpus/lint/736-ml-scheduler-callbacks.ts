// Training utilities: a warmup-cosine LR table, plateau detection, gradient accumulation and metric hooks driven by a mock training loop.
import { zeros, full, linspace, NDArray } from "ndalias";

type MetricHook = (epoch: number, metrics: NDArray) => void;

const METRIC_NAMES = ["loss", "accuracy", "grad_norm"] as const;

function smoothInPlace(series: NDArray, alpha: number): void {
  let prev = series.get(0);
  for (let i = 1; i < series.size; i++) {
    prev = alpha * series.get(i) + (1 - alpha) * prev;
    series.set(i, prev);
  }
}

function clampInPlace(values: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < values.size; i++) {
    const v = values.data[i] as number;
    values.data[i] = Math.min(hi, Math.max(lo, v));
  }
}

class WarmupCosine {
  private readonly table: NDArray;

  constructor(
    private readonly baseLr: number,
    private readonly warmupSteps: number,
    private readonly totalSteps: number,
    private readonly floor: number,
  ) {
    this.table = this.buildTable();
  }

  private buildTable(): NDArray {
    const table = zeros(this.totalSteps);
    for (let i = 0; i < this.totalSteps; i++) {
      const progress = i / Math.max(1, this.totalSteps - 1);
      table.set(i, this.floor + 0.5 * (this.baseLr - this.floor) * (1 + Math.cos(Math.PI * progress)));
    }
    const ramp = linspace(1 / this.warmupSteps, 1, this.warmupSteps);
    table.slice(`0:${this.warmupSteps}`).imul(ramp);
    return table;
  }

  lrAt(step: number): number {
    return this.table.get(Math.min(step, this.totalSteps - 1));
  }

  rescaled(scale: number): NDArray {
    let lrs: NDArray = this.table;
    lrs = lrs.mul(scale);
    lrs.iadd(this.floor);
    return lrs;
  }

  decayAll(factor: number): number[] {
    this.table.imul(factor);
    const head = this.table.slice("0:3");
    return head.tolist() as number[];
  }
}

class PlateauDetector {
  private readonly recent: NDArray;
  private pos = 0;
  private bestMean = Infinity;
  plateaus = 0;

  constructor(private readonly window: number, private readonly threshold: number) {
    this.recent = full(window, Infinity);
  }

  observe(loss: number): boolean {
    this.recent.set(this.pos % this.window, loss);
    this.pos++;
    if (this.pos < this.window) return false;
    const recentMean = this.recent.mean();
    if (recentMean < this.bestMean - this.threshold) {
      this.bestMean = recentMean;
      return false;
    }
    this.plateaus++;
    return true;
  }

  reset(): void {
    const tail = this.recent.slice(`${this.window - 2}:`);
    const spread = tail.max() - tail.min();
    if (spread > this.threshold) this.bestMean = Infinity;
    this.recent.fill(Infinity);
    this.pos = 0;
  }
}

class GradientAccumulator {
  private readonly buffer: NDArray;
  private count = 0;

  constructor(size: number) {
    this.buffer = zeros(size);
  }

  add(grad: NDArray): void {
    this.buffer.iadd(grad);
    this.count++;
  }

  averaged(): NDArray {
    const avg = this.buffer.div(Math.max(1, this.count));
    this.buffer.fill(0);
    this.count = 0;
    return avg;
  }

  drain(): NDArray {
    const snapshot = this.buffer.copy();
    this.buffer.fill(0);
    this.count = 0;
    return snapshot;
  }
}

class MetricTracker {
  readonly metrics = zeros(METRIC_NAMES.length);
  readonly history: number[][] = [];
  private readonly hooks: MetricHook[] = [];

  register(hook: MetricHook): void {
    this.hooks.push(hook);
  }

  record(epoch: number, loss: number, accuracy: number, gradNorm: number): void {
    this.metrics.set(0, loss);
    this.metrics.set(1, accuracy);
    this.metrics.set(2, gradNorm);
    this.hooks.forEach((hook) => hook(epoch, this.metrics));
    this.history.push(this.metrics.tolist() as number[]);
  }
}

function mockGradient(step: number, size: number): NDArray {
  const g = zeros(size);
  for (let i = 0; i < size; i++) g.set(i, Math.sin(step + i) / (step + 1));
  return g;
}

function gradNorm(g: NDArray): number {
  return Math.sqrt(g.mul(g).sum());
}

function trainMock(epochs: number, stepsPerEpoch: number, accumulate: number): MetricTracker {
  const schedule = new WarmupCosine(0.1, 3, epochs * stepsPerEpoch, 1e-4);
  const plateau = new PlateauDetector(3, 1e-3);
  const acc = new GradientAccumulator(4);
  const tracker = new MetricTracker();
  tracker.register((_epoch, metrics) => clampInPlace(metrics, 0, 10));
  tracker.register((epoch, metrics) => {
    if (epoch % 2 === 0) console.log(`epoch ${epoch}`, metrics.tolist());
  });

  const weights = zeros(4);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let lastNorm = 0;
    for (let s = 0; s < stepsPerEpoch; s++, step++) {
      acc.add(mockGradient(step, 4));
      if ((s + 1) % accumulate === 0) {
        const g = acc.averaged();
        lastNorm = gradNorm(g);
        weights.isub(g.mul(schedule.lrAt(step)));
      }
    }
    const leftover = acc.drain();
    weights.isub(leftover.mul(schedule.lrAt(step) * 0.5));
    const loss = 1 / (epoch + 1) + 0.01 * weights.mul(weights).sum();
    tracker.record(epoch, loss, 1 - loss / 2, lastNorm);
    if (plateau.observe(loss)) plateau.reset();
  }
  console.log("decayed head:", schedule.decayAll(0.5));
  console.log("rescaled tail:", schedule.rescaled(2).slice("-2:").tolist());
  return tracker;
}

const tracker = trainMock(6, 4, 2);
const losses = zeros(tracker.history.length);
tracker.history.forEach((row, i) => losses.set(i, row[0]));
smoothInPlace(losses, 0.6);
console.log("smoothed losses:", losses.tolist());
console.log("last metrics:", tracker.metrics.tolist());
