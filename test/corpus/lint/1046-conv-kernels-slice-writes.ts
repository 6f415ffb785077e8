// A tiny convolutional feature extractor: kernels built with slice-assignment idioms, zero padding and a module-level activation log.
import { array, zeros, NDArray } from "ndalias";

const ACTIVATION_LOG = zeros([4, 3]);
let logged = 0;

function logActivation(out: NDArray): number {
  ACTIVATION_LOG.slice(logged % 4).assign(":", array([out.min(), out.mean(), out.max()]));
  logged++;
  return logged;
}

function maskBorder(img: NDArray): void {
  img.slice(0).fill(0);
  img.slice(-1).fill(0);
  img.T.slice(0).fill(0);
  img.T.slice(-1).fill(0);
}

abstract class Kernel {
  protected readonly weights: NDArray;

  constructor(readonly size: number) {
    this.weights = zeros([size, size]);
    this.build();
  }

  protected abstract build(): void;

  sharpen(amount: number): this {
    const mid = (this.size - 1) / 2;
    this.weights.slice(mid, mid).iadd(amount);
    return this;
  }

  normalized(): NDArray {
    const k = this.weights.copy();
    const s = k.sum();
    if (s !== 0) k.idiv(s);
    return k;
  }
}

class BoxBlur extends Kernel {
  protected build(): void {
    this.weights.fill(1);
  }
}

class SobelX extends Kernel {
  protected build(): void {
    this.weights.slice(":", 0).fill(-1);
    this.weights.slice(":", -1).fill(1);
    this.weights.slice(1).imul(2);
  }
}

class Cross extends Kernel {
  protected build(): void {
    const mid = (this.size - 1) / 2;
    this.weights.slice(mid).fill(1);
    this.weights.slice(":", mid).fill(1);
  }
}

class Conv2D {
  constructor(
    readonly name: string,
    readonly kernel: Kernel,
  ) {}

  static pad(img: NDArray, p: number): NDArray {
    const [h, w] = img.shape;
    const out = zeros([h + 2 * p, w + 2 * p]);
    out.slice(`${p}:${p + h}, ${p}:${p + w}`).assign(":", img);
    return out;
  }

  apply(img: NDArray): NDArray {
    const k = this.kernel.normalized();
    const size = k.shape[0];
    const padded = Conv2D.pad(img, (size - 1) / 2);
    const [h, w] = img.shape;
    const out = zeros([h, w]);
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < w; j++) {
        out.set([i, j], padded.slice(`${i}:${i + size}, ${j}:${j + size}`).mul(k).sum());
      }
    }
    out.slice(":", "::2").imul(1.5);
    logActivation(out);
    return out;
  }
}

const image = array([
  [0, 0, 0, 9, 9],
  [0, 0, 0, 9, 9],
  [0, 0, 5, 9, 9],
  [0, 0, 0, 9, 9],
  [0, 0, 0, 9, 9],
]);

const layers = [
  new Conv2D("blur", new BoxBlur(3)),
  new Conv2D("edges", new SobelX(3)),
  new Conv2D("cross", new Cross(3).sharpen(2)),
];
const features = new Map<string, NDArray>();
for (const layer of layers) features.set(layer.name, layer.apply(image));

const edges = features.get("edges");
if (edges) {
  maskBorder(edges);
  console.log("edges (border masked):", edges.tolist());
}
console.log("blur centre:", features.get("blur")?.get(2, 2));
console.log("activation log:", ACTIVATION_LOG.tolist(), "input unchanged:", image.sum());
