// Gauss-Seidel / SOR sweeps in forward, backward and symmetric order with an adaptive relaxation factor and a change-based stop.
import { array, zeros, NDArray } from "ndalias";

type Ordering = "forward" | "backward" | "symmetric";

type SorOptions = { omega?: number | "adaptive"; ordering?: Ordering; tol?: number; maxSweeps?: number };
type SorExtras = { x0?: NDArray; log?: (line: string) => void };

function sweep(A: NDArray, b: NDArray, x: NDArray, omega: number, reverse: boolean): void {
  const n = b.size;
  for (let t = 0; t < n; t++) {
    const i = reverse ? n - 1 - t : t;
    let sigma = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      sigma += A.get(i, j) * x.get(j);
    }
    x.set(i, (1 - omega) * x.get(i) + (omega * (b.get(i) - sigma)) / A.get(i, i));
  }
}

const maxAbs = (v: NDArray): number => Math.max(v.max(), -v.min());

export function sor(A: NDArray, b: NDArray, opts: SorOptions & SorExtras = {}): { x: NDArray; sweeps: number; omega: number } {
  const n = b.size;
  if (A.shape[0] !== n || A.shape[1] !== n) {
    throw new RangeError(`sor: matrix [${A.shape.join("x")}] does not match rhs of length ${n}`);
  }
  for (let i = 0; i < n; i++) {
    if (A.get(i, i) === 0) throw new RangeError(`sor: zero diagonal entry in row ${i}`);
  }
  const ordering = opts.ordering ?? "forward";
  const tol = opts.tol ?? 1e-10;
  const maxSweeps = opts.maxSweeps ?? 500;
  if (!Number.isInteger(maxSweeps) || maxSweeps < 1) {
    throw new RangeError(`sor: maxSweeps must be a positive integer, got ${maxSweeps}`);
  }
  const adaptive = opts.omega === "adaptive";
  let omega = typeof opts.omega === "number" ? opts.omega : 1.0;
  if (!(omega > 0 && omega < 2)) {
    throw new RangeError(`sor: relaxation factor must lie in (0, 2), got ${omega}`);
  }
  if (maxAbs(b) === 0) {
    return { x: zeros(n), sweeps: 0, omega };
  }
  const x = opts.x0 ? opts.x0.copy() : zeros(n);
  let sweeps = 0;
  let lastChange = Infinity;
  let stalled = 0;
  const ratios: number[] = [];
  const history: number[] = [];
  while (sweeps < maxSweeps) {
    const prev = x.copy();
    switch (ordering) {
      case "symmetric":
        sweep(A, b, x, omega, false);
      // falls through
      case "backward":
        sweep(A, b, x, omega, true);
        break;
      case "forward":
        sweep(A, b, x, omega, false);
        break;
    }
    sweeps++;
    const change = maxAbs(x.sub(prev));
    history.push(change);
    if (!Number.isFinite(change)) {
      throw new Error(`sor diverged after ${sweeps} sweeps (omega ${omega})`);
    }
    if (change <= tol * Math.max(1, maxAbs(x))) break;
    if (Number.isFinite(lastChange) && lastChange > 0) {
      ratios.push(change / lastChange);
    }
    lastChange = change;
    if (ratios.length > 0 && ratios[ratios.length - 1] > 0.9999) {
      stalled++;
      if (stalled >= 20) {
        opts.log?.(`sor: stalled at change ${change.toExponential(2)} after ${sweeps} sweeps`);
        break;
      }
    } else {
      stalled = 0;
    }
    if (!adaptive || omega !== 1.0 || ratios.length < 5) continue;
    const rhoGs = ratios.slice(-3).reduce((s, r) => s + r, 0) / 3;
    if (rhoGs >= 1) continue;
    const rhoJ = Math.sqrt(rhoGs);
    omega = 2 / (1 + Math.sqrt(1 - rhoJ * rhoJ));
    opts.log?.(`sor: switching to omega ${omega.toFixed(4)} after ${sweeps} Gauss-Seidel sweeps`);
  }
  if (sweeps === maxSweeps) {
    opts.log?.(`sor: reached maxSweeps=${maxSweeps} with last change ${lastChange.toExponential(2)}`);
  }
  let worst = 0;
  for (let i = 0; i < n; i++) {
    worst = Math.max(worst, Math.abs(b.get(i) - A.slice(i).mul(x).sum()));
  }
  if (worst > 1e3 * tol * Math.max(1, maxAbs(b))) {
    const tail = history.slice(-3).map((c) => c.toExponential(1)).join(", ");
    opts.log?.(`sor: residual ${worst.toExponential(2)} after changes ${tail}; consider a tighter tol`);
  }
  return { x, sweeps, omega };
}

const A = array([[4, -1, 0, 0], [-1, 4, -1, 0], [0, -1, 4, -1], [0, 0, -1, 3]]);
const rhs = array([15, 10, 10, 10]);
const rhsView = rhs.slice(":2");
console.log("leading right-hand side entries:", rhsView.tolist());

for (const ordering of ["forward", "backward", "symmetric"] as const) {
  const { x, sweeps } = sor(A, rhs, { omega: 1.1, ordering });
  console.log(`${ordering}: ${sweeps} sweeps ->`, (x.tolist() as number[]).map((v) => v.toFixed(6)).join(" "));
}

rhs.imul(2);
const guess = sor(A, rhs, { ordering: "symmetric", maxSweeps: 3 }).x;
const refined = sor(A, rhs, { omega: "adaptive", x0: guess, log: (line) => console.log(line) });
console.log(`refined (omega ${refined.omega.toFixed(3)}):`, refined.x.tolist(), "guess:", guess.tolist());
