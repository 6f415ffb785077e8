// A 1-D convolution and a max-pool on a shared abstract base: zero padding, sliding windows over the signal and outputs written row by row.
import { array, zeros, NDArray } from "ndalias";

abstract class SequenceLayer {
  constructor(readonly name: string) {}

  abstract forward(x: NDArray): NDArray;

  outputLength(n: number): number {
    return n;
  }
}

class Conv1D extends SequenceLayer {
  protected kernel: NDArray;

  constructor(kernel: NDArray) {
    super("conv1d");
    this.kernel = kernel.copy();
  }

  get width(): number {
    return this.kernel.shape[1];
  }

  protected pad(x: NDArray): NDArray {
    const p = Math.floor(this.width / 2);
    const padded = zeros(x.size + 2 * p);
    padded.slice(`${p}:${p + x.size}`).assign(":", x);
    return padded;
  }

  forward(x: NDArray): NDArray {
    const padded = this.pad(x);
    const channels = this.kernel.shape[0];
    const out = zeros([channels, x.size]);
    for (let c = 0; c < channels; c++) {
      const k = this.kernel.slice(c);
      for (let i = 0; i < x.size; i++) {
        out.set([c, i], padded.slice(`${i}:${i + this.width}`).mul(k).sum());
      }
    }
    return out;
  }
}

class MaxPool1D extends SequenceLayer {
  constructor(private readonly size: number) {
    super("maxpool1d");
  }

  override outputLength(n: number): number {
    return Math.floor(n / this.size);
  }

  forward(x: NDArray): NDArray {
    const rows = x.shape[0];
    const out = zeros([rows, this.outputLength(x.shape[1])]);
    for (let r = 0; r < rows; r++) {
      const row = x.slice(r);
      for (let i = 0; i < out.shape[1]; i++) {
        out.slice(r).set(i, row.slice(`${i * this.size}:${(i + 1) * this.size}`).max());
      }
    }
    return out;
  }
}

const kernelInit = array([[1, 0, -1], [0.25, 0.5, 0.25]]);
const conv = new Conv1D(kernelInit);
kernelInit.imul(10);
console.log("rescaled init for the next model:", kernelInit.tolist());

const signal = array([0, 1, 3, 2, 5, 4, 4, 1]);
const reversed = signal.flip();
const features = conv.forward(signal);
features.slice(1).imul(2);
features.imul(0.5);
const edges = features.slice(0);
console.log("edge channel:", edges.tolist(), "reversed input:", conv.forward(reversed).sum());

const pooled = new MaxPool1D(2).forward(features);
for (let i = 0; i < pooled.size; i++) {
  if ((pooled.data[i] as number) < 0) pooled.data[i] = 0;
}
console.log(`${conv.name} -> maxpool:`, pooled.tolist(), "signal:", signal.tolist());
