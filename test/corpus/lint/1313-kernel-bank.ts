// Filters 1-D signals with convolution kernels kept in a module-level kernel bank and reports filtered energies.
import { array, zeros, NDArray } from "ndalias";

const KERNELS = {
  smooth: array([1, 2, 1]),
  edge: array([-1, 0, 1]),
  sharpen: array([-1, 3, -1]),
};
const KERNEL_WIDTH = 3;

KERNELS.smooth.idiv(KERNELS.smooth.sum());

function convolve(signal: NDArray, kernel: NDArray): NDArray {
  const half = Math.floor(KERNEL_WIDTH / 2);
  const out = zeros(signal.size);
  for (let i = 0; i < signal.size; i++) {
    let acc = 0;
    for (let k = 0; k < KERNEL_WIDTH; k++) {
      const j = i + k - half;
      if (j >= 0 && j < signal.size) {
        acc += signal.get(j) * kernel.get(k);
      }
    }
    out.set(i, acc);
  }
  return out;
}

function scaledKernel(name: "smooth" | "edge" | "sharpen", factor: number): NDArray {
  const k = KERNELS[name].copy();
  k.imul(factor);
  return k;
}

function strongEdges(signal: NDArray, strength: number): NDArray {
  const kernel = KERNELS.edge;
  kernel.imul(strength); // expect: no-alias-mutation
  return convolve(signal, kernel);
}

function withoutCentreTap(): number {
  const centre = KERNELS.sharpen.slice("1:2");
  centre.set(0, 0); // expect: no-view-mutation
  return KERNELS.sharpen.sum();
}

function energy(x: NDArray): number {
  return x.mul(x).sum();
}

function normaliseSharpen(): void {
  const total = KERNELS.sharpen.sum();
  if (total !== 0) {
    KERNELS.sharpen.idiv(total);
  }
}

function describeBank(): string {
  return Object.entries(KERNELS)
    .map(([name, k]) => `${name}=[${k.tolist()}]`)
    .join(" ");
}

const signal = array([0, 0, 1, 3, 4, 3, 1, 0, 0, 2]);

console.log("bank:", describeBank());
console.log("smoothed energy:", energy(convolve(signal, KERNELS.smooth)).toFixed(4));
console.log("edge energy:", energy(convolve(signal, KERNELS.edge)).toFixed(4));

const doubleSmooth = scaledKernel("smooth", 2);
console.log("double smooth energy:", energy(convolve(signal, doubleSmooth)).toFixed(4));

const edges = strongEdges(signal, 3);
console.log("strong edges:", edges.tolist());

normaliseSharpen();
console.log("sharpened energy:", energy(convolve(signal, KERNELS.sharpen)).toFixed(4));
console.log("sharpen sum without centre tap:", withoutCentreTap());

console.log("edge energy afterwards:", energy(convolve(signal, KERNELS.edge)).toFixed(4));
console.log("bank afterwards:", describeBank());
