// Explicit heat diffusion on a rod with labelled loops: the stencil reads the current buffer and writes the next one, swapping them each sweep until convergence.
import { array, zeros, NDArray } from "ndalias";

function diffuse(initial: NDArray, alpha: number, maxSweeps: number, tol: number): NDArray {
  let u = initial.copy();
  let v = zeros(initial.size);
  const n = u.size;
  let sweep = 0;
  outer: while (sweep < maxSweeps) {
    v.set(0, u.get(0));
    v.set(n - 1, u.get(n - 1));
    for (let i = 1; i < n - 1; i++) {
      const lap = u.get(i - 1) - 2 * u.get(i) + u.get(i + 1);
      v.set(i, u.get(i) + alpha * lap);
    }
    let maxDelta = 0;
    scan: for (let i = 0; i < n; i++) {
      const d = Math.abs(v.get(i) - u.get(i));
      if (d <= maxDelta) continue scan;
      maxDelta = d;
    }
    [u, v] = [v, u];
    sweep++;
    if (maxDelta < tol) break outer;
  }
  return u;
}

function insulate(rod: NDArray): void {
  const ends = [rod.slice("0:1"), rod.slice("-1:")];
  for (const e of ends) e.fill(0);
}

const rod = array([0, 0, 100, 0, 0, 0, 50, 0]);
const settled = diffuse(rod, 0.25, 200, 1e-3);
insulate(settled);
console.log("settled:", (settled.tolist() as number[]).map((x) => x.toFixed(2)).join(" "));
console.log("initial:", rod.tolist());
