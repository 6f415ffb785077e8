// Row filtering with a static kernel cache, plus exposure correction and white balance with optional per-channel gains.
import { array, ones, zeros, NDArray } from "ndalias";

type KernelName = "blur3" | "box5" | "sharpen3";

class KernelCache {
  static readonly blur3 = array([1, 2, 1]);
  static readonly box5 = ones(5);
  static readonly sharpen3 = array([-1, 3, -1]);
  static lookups = 0;

  static pick(name: KernelName): NDArray {
    KernelCache.lookups++;
    return KernelCache[name];
  }

  static reset(): void {
    KernelCache.box5.fill(1);
    KernelCache.lookups = 0;
  }
}

const DEFAULT_GAINS = array([1.0, 0.95, 1.1]);

function convolveRow(row: NDArray, kernel: NDArray): NDArray {
  const half = Math.floor(kernel.size / 2);
  const out = zeros(row.size);
  for (let i = 0; i < row.size; i++) {
    let acc = 0;
    for (let k = 0; k < kernel.size; k++) {
      const j = Math.min(row.size - 1, Math.max(0, i + k - half));
      acc += row.get(j) * kernel.get(k);
    }
    out.set(i, acc);
  }
  return out;
}

export function blurRow(row: NDArray): NDArray {
  const kernel = KernelCache.blur3.div(KernelCache.blur3.sum());
  return convolveRow(row, kernel);
}

// Sharpening with an adjustable strength.
export function sharpenRow(row: NDArray, strength: number): NDArray {
  const kernel = KernelCache.sharpen3;
  kernel.imul(strength); // expect: no-alias-mutation
  return convolveRow(row, kernel);
}

export function boxRow(row: NDArray, wide: boolean, gain: number): NDArray {
  const kernel = wide ? KernelCache.box5.div(5) : KernelCache.blur3.div(4);
  kernel.imul(gain);
  return convolveRow(row, kernel);
}

// Scales a pixel by an exposure factor, per channel.
export function exposureCorrected(pixel: NDArray, exposure: number, gains?: NDArray): NDArray {
  const g = gains ?? DEFAULT_GAINS;
  g.imul(exposure); // expect: no-alias-mutation
  return pixel.mul(g);
}

export function whiteBalanced(pixel: NDArray, gains?: NDArray): NDArray {
  const g = gains ?? DEFAULT_GAINS;
  return pixel.mul(g).div(g.mean());
}

function describeRow(label: string, row: NDArray): void {
  const values = row.tolist() as number[];
  console.log(label.padEnd(12), values.map((v) => v.toFixed(2)).join(" "));
}

const row = array([10, 12, 40, 11, 9, 10, 38, 12]);
describeRow("input", row);
describeRow("blur", blurRow(row));
describeRow("sharpen x1", sharpenRow(row, 1));
describeRow("sharpen x2", sharpenRow(row, 2));
describeRow("box wide", boxRow(row, true, 1));
describeRow("box narrow", boxRow(row, false, 1.5));

const pixel = array([0.4, 0.5, 0.3]);
const custom = array([1.2, 1.0, 0.8]);
describeRow("exposure x2", exposureCorrected(pixel, 2));
describeRow("balanced", whiteBalanced(pixel));
describeRow("custom bal.", whiteBalanced(pixel, custom));

console.log("box sum via cache:", convolveRow(row, KernelCache.pick("box5")).sum());
KernelCache.reset();
console.log("lookups after reset:", KernelCache.lookups, "default gains:", DEFAULT_GAINS.tolist());
