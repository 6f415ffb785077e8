// Clips exploding gradients: early returns hand back either the untouched gradient or a freshly written clipped copy; buffers are rebound before reuse.
import { array, zeros, NDArray } from "ndalias";

function clipByNorm(grad: NDArray, maxNorm: number): NDArray {
  const norm = Math.sqrt(grad.mul(grad).sum());
  if (norm <= maxNorm) return grad;
  const clipped = grad.mul(maxNorm / norm);
  if (Math.abs(clipped.get(0)) < 1e-12) clipped.set(0, 0);
  return clipped;
}

function safeMean(x: NDArray | null): number {
  if (!x) return 0;
  if (x.size === 0) return 0;
  const tmp = x.flatten();
  tmp.isub(tmp.min());
  return tmp.mean();
}

const grads = [array([0.1, 0.2]), array([30, 40]), array([-3, 4])];
const clippedGrads = grads.map((g) => clipByNorm(g, 5));
console.log("clipped:", clippedGrads.map((g) => g.tolist()));
console.log("raw:", grads.map((g) => g.tolist()));
console.log("safe mean:", safeMean(grads[1] ?? null), safeMean(null));

let buffer = grads[0] ?? zeros(2);
buffer = zeros(2);
for (const g of clippedGrads) buffer.iadd(g);
buffer.idiv(clippedGrads.length);
console.log("mean clipped gradient:", buffer.tolist());
