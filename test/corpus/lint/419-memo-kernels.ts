// Memoised moving-average kernels keyed by "kind:width", composed into a smoothing function applied to a price series.
import { array, ones, linspace, zeros, NDArray } from "ndalias";

const kernels = new Map<string, NDArray>();

function kernel(kind: "box" | "ramp", width: number): NDArray {
  const key = `${kind}:${width}`;
  const cached = kernels.get(key);
  if (cached) return cached;
  const k = kind === "box" ? ones(width) : linspace(1, width, width);
  k.idiv(k.sum());
  kernels.set(key, k);
  return k;
}

const smooth =
  (k: NDArray) =>
  (x: NDArray): NDArray => {
    const out = zeros(x.size - k.size + 1);
    for (let i = 0; i < out.size; i++) {
      out.set(i, x.slice(`${i}:${i + k.size}`).mul(k).sum());
    }
    return out;
  };

const compose2 =
  <A, B, C>(g: (b: B) => C, f: (a: A) => B) =>
  (a: A): C =>
    g(f(a));

const spread = (x: NDArray): number => x.max() - x.min();
const smoothedSpread = compose2(spread, smooth(kernel("ramp", 3)));

const prices = array([101, 99, 104, 110, 108, 115, 117, 112]);
const recent = prices.slice("-3:");
console.log("recent average before adjustment:", recent.mean().toFixed(2));

const boxSmoothed = smooth(kernel("box", 3))(prices);
console.log("smoothed spread:", smoothedSpread(prices).toFixed(2));

prices.imul(1.1);
const adjustedRecent = prices.slice("-3:");

const heavier = kernel("box", 3).copy();
heavier.imul(2);
console.log("heavier kernel total:", heavier.sum(), "cached kernel total:", kernel("box", 3).sum());

console.log("box smoothed:", boxSmoothed.tolist());
console.log("adjusted recent:", adjustedRecent.tolist(), "adjusted total:", prices.sum().toFixed(1));
