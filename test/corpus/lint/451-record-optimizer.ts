// Momentum SGD over a record of named parameters, with a preview that logs what one step would do to the weights.
import { array, zeros, NDArray } from "ndalias";

type Params = Record<string, NDArray>;

const params: Params = {
  w: array([0.5, -0.2, 0.1]),
  b: array([0.05]),
};
const grads: Params = {
  w: array([0.1, 0.1, -0.3]),
  b: array([0.02]),
};
const velocity: Params = {};
for (const [name, p] of Object.entries(params)) {
  velocity[name] = zeros(p.size);
}

function step(lr = 0.1, momentum = 0.9): void {
  for (const name of Object.keys(params)) {
    velocity[name].imul(momentum);
    velocity[name].iadd(grads[name]);
    params[name].isub(velocity[name].mul(lr));
  }
}

function gradNorm(g: Params = grads): number {
  let total = 0;
  for (const v of Object.values(g)) {
    total += v.mul(v).sum();
  }
  return Math.sqrt(total);
}

function toRate(lr: number | string | undefined, fallback = 0.1): number {
  if (typeof lr === "number") return lr;
  const parsed = lr === undefined ? NaN : Number.parseFloat(lr);
  return Number.isFinite(parsed) ? parsed : fallback;
}

function previewWeightsSafely(lr?: number | string): number[] {
  const w = params.w.copy();
  w.isub(grads.w.mul(toRate(lr)));
  const out: number[] = [];
  for (let i = 0; i < w.size; i++) out.push(w.get(i));
  return out;
}

function previewWeights(lr?: number | string): number[] {
  const rate = toRate(lr);
  const w = params.w;
  w.isub(grads.w.mul(rate)); // expect: no-alias-mutation
  const out: number[] = [];
  for (let i = 0; i < w.size; i++) out.push(w.get(i));
  return out;
}

function snapshot(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const name of Object.keys(params)) {
    const row: number[] = [];
    for (let i = 0; i < params[name].size; i++) row.push(params[name].get(i));
    out[name] = row;
  }
  return out;
}

console.log("grad norm:", gradNorm());
console.log("safe preview:", previewWeightsSafely(0.1));
console.log("preview:", previewWeights(process.argv[2]));
step();
step(0.05);
console.log("after two steps:", snapshot());
console.log("w:", params.w.tolist(), "b:", params.b.tolist());
