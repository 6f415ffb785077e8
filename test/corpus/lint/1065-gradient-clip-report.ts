// Gradient post-processing for a linear model: clips by global norm, standardises feature columns and summarises ranges.
import { array, zeros, NDArray } from "ndalias";

function l2(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

export function clipByNorm(grad: NDArray, maxNorm: number): [NDArray, number] {
  const norm = l2(grad);
  const clipped = grad.copy();
  if (norm > maxNorm) {
    clipped.imul(maxNorm / norm);
  }
  return [clipped, norm];
}

export function standardizeColumns(x: NDArray): { centered: NDArray; scale: NDArray } {
  const [rows, cols] = x.shape;
  const centered = x.astype("float64");
  const scale = zeros(cols);
  for (let j = 0; j < cols; j++) {
    const column = x.slice(":", j);
    const mu = column.mean();
    const dev = column.sub(mu);
    const sd = Math.sqrt(dev.mul(dev).sum() / rows) || 1;
    scale.set(j, sd);
    centered.slice(":", j).isub(mu).idiv(sd);
  }
  return { centered, scale };
}

export function paddedBounds(x: NDArray, pad: number): { bounds: { lo: NDArray; hi: NDArray }; span: number } {
  const bounds = { lo: x.copy(), hi: x.copy() };
  bounds.lo.isub(pad);
  bounds.hi.iadd(pad);
  return { bounds, span: bounds.hi.max() - bounds.lo.min() };
}

export function splitSigns(v: NDArray): readonly [NDArray, NDArray] {
  const pos = v.copy();
  const neg = v.mul(-1);
  for (let i = 0; i < v.size; i++) {
    if ((v.get(i) as number) < 0) {
      pos.set(i, 0);
    } else {
      neg.set(i, 0);
    }
  }
  return [pos, neg] as const;
}

function clampInPlace(buf: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < buf.size; i++) {
    const v = buf.get(i) as number;
    buf.set(i, v < lo ? lo : v > hi ? hi : v);
  }
}

export function clipValues(grad: NDArray, limit: number): { values: NDArray; clippedCount: number } {
  const values = grad.flatten();
  let clippedCount = 0;
  for (let i = 0; i < values.size; i++) {
    if (Math.abs(values.get(i) as number) > limit) clippedCount++;
  }
  clampInPlace(values, -limit, limit);
  return { values, clippedCount };
}

export function rescaleForDisplay(grad: NDArray): { display: NDArray; factor: number } {
  const result = { display: grad.mul(1), factor: 1 };
  const peak = Math.max(Math.abs(grad.max()), Math.abs(grad.min()));
  if (peak > 0) {
    result.factor = 100 / peak;
    result.display.imul(result.factor);
  }
  return result;
}

const grad = array([3, 4, 12]);
const [clipped, norm] = clipByNorm(grad, 5);
console.log(`norm ${norm.toFixed(2)} ->`, clipped.tolist(), "raw:", grad.tolist());

const design = array([
  [1, 200],
  [2, 180],
  [3, 260],
  [4, 240],
]);
const { centered, scale } = standardizeColumns(design);
console.log("centered:", centered.tolist(), "scale:", scale.tolist());

const { bounds, span } = paddedBounds(array([0.2, 0.5, 0.9]), 0.05);
console.log("bounds:", bounds.lo.tolist(), bounds.hi.tolist(), "span:", span.toFixed(2));

const [pos, neg] = splitSigns(array([1.5, -2, 0.25, -0.75]));
console.log("positive part:", pos.tolist(), "negative part:", neg.tolist());

const layerGrad = array([
  [0.5, -7],
  [9, 0.1],
]);
const { values, clippedCount } = clipValues(layerGrad, 1);
console.log(`clipped ${clippedCount} entries:`, values.tolist(), "layer grad:", layerGrad.tolist());

const shown = rescaleForDisplay(grad);
console.log(`display x${shown.factor.toFixed(2)}:`, shown.display.tolist());
