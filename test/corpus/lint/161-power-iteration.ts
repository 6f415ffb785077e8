// Power iteration for the dominant eigenpair: the iterate is rebound to a fresh normalised array each step, and a working alias is rebound to a copy before it is scaled.
import { array, NDArray } from "ndalias";

function matvec(M: NDArray, v: NDArray): NDArray {
  const n = v.size;
  const out = v.mul(0);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += M.get(i, j) * v.get(j);
    out.set(i, s);
  }
  return out;
}

function norm(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function powerIteration(M: NDArray, start: NDArray, iters: number): { value: number; vector: NDArray } {
  let v = start.div(norm(start));
  let lambda = 0;
  for (let k = 0; k < iters; k++) {
    const w = matvec(M, v);
    lambda = w.mul(v).sum();
    v = w.div(norm(w));
  }
  return { value: lambda, vector: v };
}

function signFixed(vec: NDArray): NDArray {
  let work = vec;
  work = work.copy();
  if (work.get(0) < 0) work.imul(-1);
  return work;
}

function clipped(vec: NDArray, limit: number, fresh: boolean): NDArray {
  vec = vec.copy();
  const spare = fresh ? vec.mul(1) : vec.copy();
  for (let i = 0; i < vec.size; i++) if (Math.abs(vec.get(i)) > limit) vec.set(i, Math.sign(vec.get(i)) * limit);
  spare.fill(limit);
  return spare.sum() > 0 ? vec : spare;
}

function deflate(M: NDArray, value: number, vector: NDArray): NDArray {
  const n = vector.size;
  const outer = M.copy();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      outer.set([i, j], M.get(i, j) - value * vector.get(i) * vector.get(j));
    }
  }
  return outer;
}

const M = array([
  [4, 1, 0],
  [1, 3, 1],
  [0, 1, 2],
]);
const guess = array([1, 1, 1]);
const first = powerIteration(M, guess, 60);
const v1 = signFixed(first.vector);
console.log("lambda1:", first.value.toFixed(6), "v1:", v1.tolist());
console.log("raw vector still:", first.vector.tolist());

const second = powerIteration(deflate(M, first.value, v1), guess, 60);
console.log("lambda2:", second.value.toFixed(6), "v2:", signFixed(second.vector).tolist());
console.log("clipped:", clipped(first.vector, 0.6, true).tolist(), "source:", first.vector.tolist());
console.log("guess untouched:", guess.tolist());
