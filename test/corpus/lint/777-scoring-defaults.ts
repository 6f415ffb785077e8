// Scoring utilities with default weight vectors and bin edges: defaults are only read, and every buffer written is a fresh array or a caller's on purpose.
import { array, linspace, zeros, NDArray } from "ndalias";

const DEFAULT_WEIGHTS = array([0.5, 0.3, 0.2]);
const DEFAULT_EDGES = linspace(0, 1, 5);
let cachedCurve: NDArray | null = null;

export function weightedScore(x: NDArray, w: NDArray = DEFAULT_WEIGHTS): number {
  return x.mul(w).sum();
}

// Weights as percentages of their total.
export function weightShares(w?: NDArray): NDArray {
  const base = w ?? DEFAULT_WEIGHTS;
  const shares = base.div(base.sum());
  shares.imul(100);
  return shares;
}

export function centered(x: NDArray, compact = false): NDArray {
  const buf = compact ? x.astype("float32") : x.copy();
  buf.isub(buf.mean());
  return buf;
}

export function histogram(x: NDArray, edges: NDArray = DEFAULT_EDGES): NDArray {
  const counts = zeros(edges.size - 1);
  for (let i = 0; i < x.size; i++) {
    const v = x.get(i);
    for (let b = 0; b + 1 < edges.size; b++) {
      const last = b + 2 === edges.size;
      if (v >= edges.get(b) && (v < edges.get(b + 1) || (last && v === edges.get(b + 1)))) {
        counts.set(b, counts.get(b) + 1);
        break;
      }
    }
  }
  return counts;
}

// Built lazily on first use and shared by every caller, which only reads it.
function responseCurve(): NDArray {
  cachedCurve = cachedCurve ?? linspace(0, 1, 5).mul(linspace(0, 1, 5));
  return cachedCurve;
}

function clipInPlace(x: NDArray, lo = 0, hi = 1): void {
  for (let i = 0; i < x.size; i++) {
    x.set(i, Math.min(hi, Math.max(lo, x.get(i))));
  }
}

function withTie(scores: NDArray, useDefaults: boolean, custom: NDArray): NDArray {
  const source = useDefaults ? DEFAULT_WEIGHTS : custom;
  const adjusted = source.copy();
  adjusted.set(adjusted.size - 1, adjusted.get(0));
  return scores.mul(adjusted);
}

const features = array([0.9, 0.4, 0.7]);
const custom = array([1, 1, 2]);

console.log("default score:", weightedScore(features).toFixed(3));
console.log("custom score:", weightedScore(features, custom).toFixed(3));
console.log("default shares:", weightShares().tolist(), "custom shares:", weightShares(custom).tolist());
console.log("centered:", centered(features).tolist(), "compact:", centered(features, true).tolist());
console.log("tie-adjusted:", withTie(features, true, custom).tolist(), withTie(features, false, custom).tolist());

const raw = array([-0.2, 0.1, 0.35, 0.5, 0.8, 1.4]);
clipInPlace(raw);
console.log("clipped:", raw.tolist(), "histogram:", histogram(raw).tolist());

const curve = responseCurve();
console.log("response curve:", curve.tolist(), "area:", curve.mean().toFixed(3));

const thresholds = array([0.2, 0.4, 0.9]);
thresholds.imul(0.5);
const active = thresholds;
console.log("active thresholds:", active.tolist(), "count:", active.size);
console.log("defaults untouched:", DEFAULT_WEIGHTS.tolist(), DEFAULT_EDGES.tolist());
