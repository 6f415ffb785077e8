// Image-batch augmentation with injected augmenters that edit the batch in place, a buffer pool that recycles scratch arrays, and a stats reporter.
import { arange, zeros, NDArray } from "ndalias";

interface Augmenter {
  readonly name: string;
  apply(batch: NDArray): void;
}

class JitterAugmenter implements Augmenter {
  readonly name = "jitter";
  private seed: number;

  constructor(
    private readonly amplitude: number,
    seed: number,
  ) {
    this.seed = seed;
  }

  private nextUnit(): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    return this.seed / 2147483648 - 0.5;
  }

  apply(batch: NDArray): void {
    for (let i = 0; i < batch.size; i++) {
      batch.data[i] = (batch.data[i] as number) + this.amplitude * this.nextUnit();
    }
  }
}

class CutoutAugmenter implements Augmenter {
  readonly name = "cutout";

  constructor(private readonly cols: string) {}

  apply(batch: NDArray): void {
    const patch = batch.slice(`:, ${this.cols}`);
    patch.fill(0);
  }
}

class FlipAugmenter implements Augmenter {
  readonly name = "flip";

  apply(batch: NDArray): void {
    const mirrored = batch.flip(1).copy();
    batch.assign(":", mirrored);
  }
}

class BufferPool {
  private readonly buffers: NDArray[];

  constructor(count: number, shape: number[]) {
    this.buffers = Array.from({ length: count }, () => zeros(shape));
  }

  acquire(i: number): NDArray {
    return this.buffers[i % this.buffers.length];
  }

  reset(): void {
    this.buffers.forEach((b) => b.fill(0));
  }

  usage(): number {
    return this.buffers.reduce((acc, b) => acc + (b.max() !== 0 ? 1 : 0), 0);
  }
}

class AugmentationRunner {
  private readonly applied: string[] = [];

  constructor(private readonly augmenters: Augmenter[]) {}

  process(batch: NDArray): void {
    for (const aug of this.augmenters) {
      aug.apply(batch);
      this.applied.push(aug.name);
    }
    batch.slice(0).imul(0.5);
  }

  history(): string {
    return this.applied.join(" -> ");
  }
}

const runner = new AugmentationRunner([new JitterAugmenter(0.1, 7), new CutoutAugmenter("1:3"), new FlipAugmenter()]);
const pool = new BufferPool(2, [3, 5]);

const batch = arange(0, 15).reshape(3, 5);
runner.process(batch);
console.log("augmented batch:", batch.tolist());
console.log("pipeline:", runner.history());

console.log("buffers in use before the export:", pool.usage());
const scratch = pool.acquire(0);
scratch.assign(":", batch);
scratch.slice(":, -1").fill(-1);
console.log("export with sentinel column:", scratch.tolist());
pool.reset();

const evalBatch = arange(15, 30).reshape(3, 5);
evalBatch.T.slice(0).fill(1);
new CutoutAugmenter("0").apply(evalBatch);
console.log("eval batch:", evalBatch.tolist(), "mean:", evalBatch.mean().toFixed(3));
