// Red-black Gauss-Seidel for the 1-D Poisson problem -u'' = f: colour sweeps are chained strided writes, but one solver's convergence check keeps a view of the iterate instead of a copy.
// runnable
import { zeros, NDArray } from "ndalias";

const N = 17;
const H = 1 / (N - 1);

function rhs(): NDArray {
  const f = zeros(N);
  for (let i = 0; i < N; i++) f.set(i, Math.PI * Math.PI * Math.sin(Math.PI * i * H));
  return f;
}

function residualNorm(u: NDArray, f: NDArray): number {
  const lap = u.slice(":-2").add(u.slice("2:")).sub(u.slice("1:-1").mul(2)).div(H * H);
  const r = f.slice("1:-1").add(lap);
  return Math.sqrt(r.mul(r).sum() * H);
}

/** One red sweep (odd points) then one black sweep (even interior points), in place. */
function redBlackSweep(u: NDArray, f: NDArray): void {
  const h2 = H * H;
  u.slice("1:-1:2").assign(":", u.slice(":-2:2").add(u.slice("2::2")).add(f.slice("1:-1:2").mul(h2)).mul(0.5));
  u.slice("2:-1:2").assign(":", u.slice("1:-2:2").add(u.slice("3::2")).add(f.slice("2:-1:2").mul(h2)).mul(0.5));
}

function solveFast(f: NDArray, tol: number, maxSweeps: number): { u: NDArray; sweeps: number } {
  const u = zeros(N);
  const h2 = H * H;
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    const previous = u.slice("1:-1");
    u.set(0, 0);
    u.set(N - 1, 0);
    u.slice("1:-1:2").assign(":", u.slice(":-2:2").add(u.slice("2::2")).add(f.slice("1:-1:2").mul(h2)).mul(0.5)); // expect: no-view-mutation
    u.slice("2:-1:2").assign(":", u.slice("1:-2:2").add(u.slice("3::2")).add(f.slice("2:-1:2").mul(h2)).mul(0.5)); // expect: no-view-mutation
    sweeps++;
    const change = u.slice("1:-1").sub(previous);
    if (Math.sqrt(change.mul(change).sum()) < tol) break;
  }
  return { u, sweeps };
}

function solveChecked(f: NDArray, tol: number, maxSweeps: number): { u: NDArray; sweeps: number } {
  const u = zeros(N);
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    const previous = u.slice("1:-1").copy();
    redBlackSweep(u, f);
    sweeps++;
    const change = u.slice("1:-1").sub(previous);
    if (Math.sqrt(change.mul(change).sum()) < tol) break;
  }
  return { u, sweeps };
}

const f = rhs();
const exact = zeros(N);
for (let i = 0; i < N; i++) exact.set(i, Math.sin(Math.PI * i * H));

const fast = solveFast(f, 1e-9, 2000);
const checked = solveChecked(f, 1e-9, 2000);
for (const [name, run] of [["fast", fast], ["checked", checked]] as const) {
  const err = run.u.sub(exact);
  console.log(
    `${name}: ${run.sweeps} sweeps, residual ${residualNorm(run.u, f).toExponential(2)},`,
    `max error ${Math.max(err.max(), -err.min()).toExponential(2)}`,
  );
}
