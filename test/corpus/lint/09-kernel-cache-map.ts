// Memoises Gaussian kernel matrices by size in a Map and prints the trace of each kernel requested.
import { zeros, NDArray } from "ndalias";

const kernels = new Map<number, NDArray>();

function gaussianKernel(n: number, sigma: number): NDArray {
  const cached = kernels.get(n);
  if (cached) return cached;
  const k = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      k.set([i, j], Math.exp(-((i - j) ** 2) / (2 * sigma * sigma)));
    }
  }
  kernels.set(n, k);
  return k;
}

for (const n of [3, 4, 3]) {
  const k = gaussianKernel(n, 1.5);
  let trace = 0;
  for (let i = 0; i < n; i++) trace += k.get(i, i);
  console.log(`n=${n} trace=${trace.toFixed(3)}`);
}
console.log("cached sizes:", [...kernels.keys()]);
