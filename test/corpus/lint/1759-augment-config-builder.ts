// A fluent builder for augmentation configs copies every array it is given; configs built from it are tweaked per experiment.
import { array, ones, zeros, NDArray } from "ndalias";

interface AugmentConfig {
  name: string;
  mean: NDArray;
  std: NDArray;
  kernel: NDArray;
  parent: AugmentConfig | null;
}

class AugmentBuilder {
  private mean: NDArray = zeros(3);
  private std: NDArray = ones(3);
  private kernel: NDArray = ones([3, 3]);
  private name = "base";

  named(name: string): this {
    this.name = name;
    return this;
  }

  withStats(mean: NDArray, std: NDArray): this {
    this.mean = mean.copy();
    this.std = std.copy();
    return this;
  }

  withKernel(kernel: NDArray): this {
    this.kernel = kernel.copy();
    return this;
  }

  build(parent: AugmentConfig | null = null): AugmentConfig {
    return {
      name: this.name,
      mean: this.mean.copy(),
      std: this.std.copy(),
      kernel: this.kernel.copy(),
      parent,
    };
  }
}

function normalizePixel(cfg: AugmentConfig, pixel: NDArray): NDArray {
  return pixel.sub(cfg.mean).div(cfg.std);
}

function kernelWeight(cfg: AugmentConfig): number {
  return cfg.kernel.sum();
}

const datasetMean = array([0.485, 0.456, 0.406]);
const datasetStd = array([0.229, 0.224, 0.225]);
const blur = array([
  [1, 2, 1],
  [2, 4, 2],
  [1, 2, 1],
]);

const builder = new AugmentBuilder().withStats(datasetMean, datasetStd).withKernel(blur);
const base = builder.named("base").build();
const sharpen = builder.named("sharpen").build(base);
const darker = builder.named("darker").build(base);

// per-experiment tweaks, each config owns its arrays
sharpen.kernel.imul(-1);
sharpen.kernel.set([1, 1], 20);
sharpen.kernel.slice(0).fill(0);
darker.mean.iadd(0.1);
darker.std.imul(1.2);

// the caller's statistics stay theirs to change
datasetMean.fill(0.5);
blur.idiv(blur.sum());

const pixel = array([0.6, 0.5, 0.4]);
for (const cfg of [base, sharpen, darker]) {
  console.log(
    cfg.name.padEnd(8),
    "pixel:",
    (normalizePixel(cfg, pixel).tolist() as number[]).map((v) => v.toFixed(3)).join(", "),
    "kernel weight:",
    kernelWeight(cfg),
    "parent:",
    cfg.parent?.name ?? "-",
  );
}

console.log("dataset mean now:", datasetMean.tolist());
console.log("normalised blur kernel:", blur.tolist());
console.log("base config mean:", base.mean.tolist(), "darker mean:", darker.mean.tolist());
