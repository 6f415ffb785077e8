// Training callbacks on an abstract base: an exponential moving average of the weights, a double-buffered gradient accumulator and async snapshots.
import { array, zeros, NDArray } from "ndalias";

abstract class Callback {
  onBatchEnd(_step: number, _weights: NDArray): void {}

  async onEpochEnd(_epoch: number): Promise<void> {}
}

class WeightEMA extends Callback {
  private shadow: NDArray | null = null;

  constructor(private readonly decay: number) {
    super();
  }

  override onBatchEnd(_step: number, weights: NDArray): void {
    if (this.shadow === null) {
      this.shadow = weights.copy();
      return;
    }
    this.shadow.imul(this.decay);
    this.shadow.iadd(weights.mul(1 - this.decay));
  }

  get averaged(): NDArray {
    return this.shadow === null ? zeros(0) : this.shadow.copy();
  }
}

class GradAccumulator {
  private front: NDArray;
  private back: NDArray;

  constructor(size: number) {
    this.front = zeros(size);
    this.back = zeros(size);
  }

  add(grad: NDArray): void {
    this.front.iadd(grad);
  }

  flush(scale: number): NDArray {
    [this.front, this.back] = [this.back, this.front];
    this.front.fill(0);
    return this.back.mul(scale);
  }
}

class Snapshotter extends Callback {
  readonly saved: NDArray[] = [];

  constructor(private readonly source: () => NDArray) {
    super();
  }

  override async onEpochEnd(_epoch: number): Promise<void> {
    const snapshot = this.source().copy();
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.saved.push(snapshot);
  }
}

export async function train(weights: NDArray, grads: NDArray[], callbacks: Callback[], epochs: number): Promise<void> {
  const acc = new GradAccumulator(weights.size);
  for (let epoch = 0; epoch < epochs; epoch++) {
    grads.forEach((g, step) => {
      acc.add(g);
      if (step % 2 === 1) weights.isub(acc.flush(0.05));
      callbacks.forEach((cb) => cb.onBatchEnd(step, weights));
    });
    await Promise.all(callbacks.map((cb) => cb.onEpochEnd(epoch)));
  }
}

const weights = array([1.0, -2.0, 0.5]);
const initial = weights.copy();
const ema = new WeightEMA(0.9);
const snaps = new Snapshotter(() => weights);
const grads = [array([0.1, 0.2, 0.3]), array([0.3, -0.1, 0.0]), array([-0.2, 0.4, 0.1]), array([0.0, 0.1, 0.2])];

await train(weights, grads, [ema, snaps], 3);
console.log("moved by:", weights.sub(initial).tolist());

const avg = ema.averaged;
avg.imul(100);
console.log("EMA weights (x100):", avg.tolist(), "snapshots:", snaps.saved.map((s) => s.tolist()));
