// Adam optimizer for a small two-layer network with gradient-norm clipping and per-layer learning-rate scaling.
import { array, zeros, NDArray } from "ndalias";

export function globalNorm(grads: NDArray[]): number {
  let total = 0;
  for (const g of grads) total += g.mul(g).sum();
  return Math.sqrt(total);
}

// Clips the gradient to maxNorm and returns the norm it had before clipping.
export function clipByNorm(grad: NDArray, maxNorm: number): number {
  const norm = Math.sqrt(grad.mul(grad).sum());
  if (norm > maxNorm) {
    grad.imul(maxNorm / norm); // expect: no-alias-mutation
  }
  return norm;
}

// Returns a clipped copy of the gradient; the argument is left untouched.
export function clippedCopy(grad: NDArray, maxNorm: number): NDArray {
  const norm = Math.sqrt(grad.mul(grad).sum());
  const out = grad.copy();
  if (norm > maxNorm) out.imul(maxNorm / norm);
  return out;
}

export class Adam {
  private m: NDArray;
  private v: NDArray;
  private t = 0;

  constructor(
    size: number,
    private lr = 1e-3,
    private beta1 = 0.9,
    private beta2 = 0.999,
    private eps = 1e-8,
  ) {
    this.m = zeros(size);
    this.v = zeros(size);
  }

  /** Computes the Adam update for a flat gradient vector. */
  update(grad: NDArray): NDArray {
    this.t += 1;
    this.m.imul(this.beta1);
    this.m.iadd(grad.mul(1 - this.beta1));
    this.v.imul(this.beta2);
    this.v.iadd(grad.mul(grad).mul(1 - this.beta2));
    const mHat = this.m.div(1 - this.beta1 ** this.t);
    const vHat = this.v.div(1 - this.beta2 ** this.t);
    const denom = zeros(vHat.size);
    for (let i = 0; i < vHat.size; i++) {
      denom.set(i, Math.sqrt(vHat.get(i)) + this.eps);
    }
    return mHat.div(denom).mul(this.lr);
  }

  get step(): number {
    return this.t;
  }
}

interface LayerGroup {
  name: string;
  lrScale: number;
}

const groups: LayerGroup[] = [
  { name: "hidden", lrScale: 1.0 },
  { name: "output", lrScale: 0.5 },
];

const W1 = array([
  [0.2, -0.1, 0.4],
  [0.3, 0.1, -0.2],
]);
const W2 = array([0.7, -0.3]);
const gradW1 = array([
  [0.5, -1.2, 0.3],
  [2.0, 0.4, -0.9],
]);
const gradW2 = array([3.0, -4.0]);

const hiddenOpt = new Adam(6, 0.01);
const outputOpt = new Adam(2, 0.01);

// Hidden layer: flatten the gradient, scale it by the group's factor, take an Adam step.
const rawNorm = globalNorm([gradW1, gradW2]);
const flatGrad = gradW1.reshape(6);
flatGrad.imul(groups[0].lrScale * 0.1); // expect: no-view-mutation
const hiddenUpdate = hiddenOpt.update(flatGrad);
W1.isub(hiddenUpdate.reshape(2, 3));

// Output layer: clip a private copy, then step.
const safeGradW2 = clippedCopy(gradW2, 1.0);
const outputUpdate = outputOpt.update(safeGradW2.mul(groups[1].lrScale));
W2.isub(outputUpdate);

// Second clip on the output gradient, this time in place, for the log.
const preClipNorm = clipByNorm(gradW2, 2.5);

console.log(`step ${hiddenOpt.step}: raw grad norm ${rawNorm.toFixed(3)}`);
console.log("hidden grad norm used for logging:", globalNorm([gradW1]).toFixed(3));
console.log("output grad norm before clipping:", preClipNorm.toFixed(3));
console.log("W1:", W1.tolist());
console.log("W2:", W2.tolist(), "steps:", outputOpt.step);
for (const g of groups) console.log(`group ${g.name} scale ${g.lrScale}`);
