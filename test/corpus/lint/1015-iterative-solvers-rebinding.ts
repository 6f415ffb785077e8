// Iterative numerics ported from NumPy: Jacobi smoothing with swapped buffers, power iteration by rebinding, and k-means centroid updates.
import { array, zeros, ones, NDArray } from "ndalias";

function matvec(A: NDArray, v: NDArray): NDArray {
  const out = zeros(A.shape[0]);
  for (let i = 0; i < A.shape[0]; i++) out.set(i, A.slice(i).mul(v).sum());
  return out;
}

// u_new[1:-1] = 0.5 * u[1:-1] + 0.25 * (u[:-2] + u[2:]); u, u_new = u_new, u
function jacobiSmooth(u0: NDArray, iters: number): NDArray {
  let prev = u0.copy();
  let next = zeros(u0.size);
  for (let it = 0; it < iters; it++) {
    next.set(0, prev.get(0));
    next.set(prev.size - 1, prev.get(prev.size - 1));
    for (let i = 1; i < prev.size - 1; i++) {
      next.set(i, 0.5 * prev.get(i) + 0.25 * (prev.get(i - 1) + prev.get(i + 1)));
    }
    [prev, next] = [next, prev];
  }
  return prev;
}

function powerIteration(C: NDArray, iters: number): { vec: NDArray; value: number } {
  let v = ones(C.shape[0]);
  for (let it = 0; it < iters; it++) {
    const w = matvec(C, v);
    v = w.div(Math.sqrt(w.mul(w).sum()));
  }
  // fix the sign so the first component is non-negative
  if (v.get(0) < 0) v.imul(-1);
  return { vec: v, value: v.mul(matvec(C, v)).sum() };
}

function kmeans(X: NDArray, init: NDArray, iters: number): { centroids: NDArray; assignment: number[] } {
  let centroids: NDArray = init;
  let assignment: number[] = [];
  for (let it = 0; it < iters; it++) {
    assignment = [];
    for (let i = 0; i < X.shape[0]; i++) {
      let best = 0;
      let bestDist = Infinity;
      for (let c = 0; c < centroids.shape[0]; c++) {
        const diff = X.slice(i).sub(centroids.slice(c));
        const dist = diff.mul(diff).sum();
        if (dist < bestDist) {
          bestDist = dist;
          best = c;
        }
      }
      assignment.push(best);
    }
    const sums = zeros(centroids.shape);
    const counts = zeros(centroids.shape[0]);
    for (let i = 0; i < X.shape[0]; i++) {
      const c = assignment[i];
      sums.slice(c).iadd(X.slice(i));
      counts.set(c, counts.get(c) + 1);
    }
    for (let c = 0; c < centroids.shape[0]; c++) {
      if (counts.get(c) > 0) sums.slice(c).idiv(counts.get(c));
      else sums.assign(`${c}`, centroids.slice(c));
    }
    centroids = sums;
  }
  return { centroids, assignment };
}

// 1. smooth a noisy profile
let profile = array([0, 4, 1, 5, 2, 6, 3, 7, 4, 8]);
const rawProfile = profile;
profile = jacobiSmooth(profile, 3);
console.log("raw profile:", rawProfile.tolist());
console.log("smoothed profile:", (profile.tolist() as number[]).map((v) => v.toFixed(2)));

// 2. leading principal axis of a 2x2 covariance
const cov = array([[2.0, 0.8], [0.8, 0.6]]);
const pc = powerIteration(cov, 50);
console.log("leading eigenvalue:", pc.value.toFixed(4), "axis:", pc.vec.tolist());

// 3. k-means from the first two points as seeds
const points = array([[0.1, 0.2], [0.0, 0.4], [0.3, 0.1], [3.1, 2.9], [2.8, 3.2], [3.3, 3.0]]);
const seeds = points.slice(":2");
const km = kmeans(points, seeds, 5);
console.log("centroids:", km.centroids.tolist(), "assignment:", km.assignment);
console.log("seeds are still the first two points:", seeds.tolist());

// 4. standardise a score vector without touching the original
let z: NDArray = points.slice(":", 0);
z = z.sub(z.mean());
z.idiv(Math.sqrt(z.mul(z).mean()));
console.log("x-coordinates:", points.slice(":", 0).tolist(), "standardised:", z.tolist());
