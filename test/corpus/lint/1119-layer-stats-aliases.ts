// Layer inspection utilities: picks train or validation statistics, reads destructured layer buffers and builds normalised copies.
import { array, NDArray } from "ndalias";

interface Stats {
  mean: NDArray;
  std: NDArray;
}

interface Layer {
  name: string;
  weights: NDArray;
  bias: NDArray;
}

export function pickMean(useValidation: boolean, train: Stats, valid: Stats): NDArray {
  const src = useValidation ? valid.mean : train.mean;
  const out = src.copy();
  out.imul(0.5);
  out.iadd(src.mul(0.5));
  return out;
}

export function summary({ name, weights, bias }: Layer): string {
  const [rows, cols] = weights.shape;
  return `${name}: ${rows}x${cols} |w|=${weights.mul(weights).sum().toFixed(3)} b=${bias.sum().toFixed(3)}`;
}

export function standardized(x: NDArray, stats: Stats): NDArray {
  let cur = x;
  cur = cur.sub(stats.mean);
  cur.idiv(stats.std);
  return cur;
}

export function columnNorms(layer: Layer): NDArray {
  const { weights } = layer;
  const byColumn = weights.T;
  const norms = array(new Array<number>(byColumn.shape[0]).fill(0));
  for (let j = 0; j < byColumn.shape[0]; j++) {
    const col = byColumn.slice(j);
    norms.set(j, Math.sqrt(col.mul(col).sum()));
  }
  return norms;
}

export function unitColumns(layer: Layer): Layer {
  const norms = columnNorms(layer);
  const weights = layer.weights.copy();
  for (let j = 0; j < norms.size; j++) {
    const n = norms.get(j);
    if (n > 0) weights.slice(":", j).idiv(n);
  }
  return { ...layer, weights };
}

/** Zeroes a layer's parameters in place before re-initialisation. */
export function resetLayer(layer: Layer): void {
  const { weights, bias } = layer;
  weights.fill(0);
  bias.fill(0);
}

export function largestBias(layers: Layer[]): number {
  const [first, ...rest] = layers;
  let best = first.bias;
  for (const l of rest) {
    best = l.bias.max() > best.max() ? l.bias : best;
  }
  return best.max();
}

const trainStats: Stats = { mean: array([0.5, 1.0]), std: array([0.2, 0.4]) };
const validStats: Stats = { mean: array([0.6, 0.9]), std: array([0.25, 0.35]) };

const hidden: Layer = { name: "hidden", weights: array([[0.3, -0.4], [0.1, 0.2], [-0.5, 0.6]]), bias: array([0.1, -0.1]) };
const output: Layer = { name: "output", weights: array([[1.0], [-2.0]]), bias: array([0.05]) };

const blended = pickMean(true, trainStats, validStats);
console.log("blended mean:", blended.tolist(), "train mean intact:", trainStats.mean.tolist());

const sample = array([0.7, 1.2]);
const z = standardized(sample, trainStats);
console.log("sample:", sample.tolist(), "z:", z.tolist());

console.log(summary(hidden));
console.log(summary(output));
console.log("hidden column norms:", columnNorms(hidden).tolist());

const normalizedHidden = unitColumns(hidden);
console.log("unit columns:", normalizedHidden.weights.tolist(), "original:", hidden.weights.tolist());
console.log("shared bias is only read:", normalizedHidden.bias === hidden.bias, normalizedHidden.bias.tolist());
console.log("largest bias:", largestBias([hidden, output]));

const scratch: Layer = { name: "scratch", weights: hidden.weights.copy(), bias: hidden.bias.copy() };
resetLayer(scratch);
console.log(summary(scratch), "| hidden still:", summary(hidden));
