// Caches Gaussian smoothing kernels by width, smooths two physiological signals and keeps result copies in a results map.
import { array, zeros, NDArray } from "ndalias";

const KERNEL_CACHE = new Map<number, NDArray>();
let cacheHits = 0;

function buildKernel(width: number): NDArray {
  const k = zeros(2 * width + 1);
  for (let i = -width; i <= width; i++) {
    k.set(i + width, Math.exp(-(i * i) / (2 * width * width)));
  }
  k.idiv(k.sum());
  return k;
}

function kernelFor(width: number): NDArray {
  let cached = KERNEL_CACHE.get(width);
  if (cached) {
    cacheHits += 1;
  } else {
    cached = buildKernel(width);
    KERNEL_CACHE.set(width, cached);
  }
  return cached.copy();
}

function storeResult(results: Map<string, NDArray>, key: string, value: NDArray): void {
  results.set(key, value.copy());
}

function convolve(signal: NDArray, kernel: NDArray): NDArray {
  const half = (kernel.size - 1) / 2;
  const out = zeros(signal.size);
  for (let i = 0; i < signal.size; i++) {
    let acc = 0;
    let weight = 0;
    for (let j = -half; j <= half; j++) {
      const idx = i + j;
      if (idx < 0 || idx >= signal.size) continue;
      acc += signal.get(idx) * kernel.get(j + half);
      weight += kernel.get(j + half);
    }
    out.set(i, acc / weight);
  }
  return out;
}

function fmt(x: NDArray | undefined): string {
  if (!x) return "(missing)";
  return (x.tolist() as number[]).map((v) => v.toFixed(2)).join(" ");
}

const results = new Map<string, NDArray>();
const signals = {
  ecg: array([0.1, 0.9, 0.2, 1.4, 0.3, 0.8, 0.2, 1.1, 0.1]),
  resp: array([2.0, 2.4, 2.9, 3.1, 2.8, 2.3, 2.0, 2.2, 2.7]),
};

const k2 = kernelFor(2);
const k2Tuned = kernelFor(2);
k2Tuned.fill(1 / k2Tuned.size);
console.log("cache hits:", cacheHits, "k2:", fmt(k2), "box:", fmt(k2Tuned));

const smoothedEcg = convolve(signals.ecg, k2);
storeResult(results, "ecg", smoothedEcg);
smoothedEcg.isub(smoothedEcg.mean());
console.log("ecg stored:", fmt(results.get("ecg")));
console.log("ecg detrended:", fmt(smoothedEcg));

const sharp = kernelFor(1);
sharp.set(1, sharp.get(1) * 2);
sharp.idiv(sharp.sum());
const boxEcg = convolve(signals.ecg, k2Tuned);
storeResult(results, "ecg-sharp", convolve(signals.ecg, sharp));
console.log("ecg sharp:", fmt(results.get("ecg-sharp")), "ecg box:", fmt(boxEcg));

const entry = { label: "resp", signal: signals.resp };
console.log(`${entry.label} peak before scaling:`, entry.signal.max());
signals.resp.imul(0.5);
const smoothedResp = convolve(signals.resp, kernelFor(2));
storeResult(results, "resp", smoothedResp);
console.log("resp halved:", fmt(signals.resp), "smoothed:", fmt(smoothedResp));

for (const [key, value] of results) {
  console.log(`result ${key}: mean ${value.mean().toFixed(3)}`);
}
console.log("cached widths:", [...KERNEL_CACHE.keys()].join(", "), "hits:", cacheHits);
