// Jacobi iteration for the 2-D Poisson equation of a charged square in a grounded box, with a convergence test on successive iterates and a zero-mean gauge for the report.
// runnable
import { zeros, NDArray } from "ndalias";

// ---- parameters (poisson2d.py) ----
const n = 24; // interior points per side
const h = 1.0 / (n + 1);
const tolerance = 1e-5;
const maxIterations = 2000;
const wallPotential = 0.0;
const lidPotential = 1.0;

// right-hand side: uniform charge density in the central square
function chargeDensity(): NDArray {
  const f = zeros([n + 2, n + 2]);
  const lo = Math.floor(n / 3) + 1;
  const hi = Math.floor((2 * n) / 3) + 1;
  f.slice(`${lo}:${hi}, ${lo}:${hi}`).fill(-10.0);
  return f;
}

// one Jacobi sweep: new interior from the four neighbours of the old one
function jacobiSweep(phi: NDArray, f: NDArray): NDArray {
  const neighbours = phi
    .slice(":-2, 1:-1")
    .add(phi.slice("2:, 1:-1"))
    .add(phi.slice("1:-1, :-2"))
    .add(phi.slice("1:-1, 2:"));
  return neighbours.sub(f.slice("1:-1, 1:-1").mul(h * h)).mul(0.25);
}

// discrete residual || lap(phi) - f ||_inf on the interior
function residualNorm(phi: NDArray, f: NDArray): number {
  const lap = phi
    .slice(":-2, 1:-1")
    .add(phi.slice("2:, 1:-1"))
    .add(phi.slice("1:-1, :-2"))
    .add(phi.slice("1:-1, 2:"))
    .sub(phi.slice("1:-1, 1:-1").mul(4))
    .div(h * h);
  const res = lap.sub(f.slice("1:-1, 1:-1"));
  return Math.max(res.max(), -res.min());
}

function maxAbs(a: NDArray): number {
  return Math.max(a.max(), -a.min());
}

// ---- grid with Dirichlet data in the ghost frame ----
const phi = zeros([n + 2, n + 2]);
const f = chargeDensity();
phi.slice(0).fill(lidPotential); // top lid held at 1
phi.slice(-1).fill(wallPotential);
phi.slice(":", 0).fill(wallPotential);
phi.slice(":", -1).fill(wallPotential);
const initialResidual = residualNorm(phi, f);

// ---- iterate until successive iterates agree ----
let iterations = 0;
let delta = Infinity;
while (delta > tolerance && iterations < maxIterations) {
  const prevInterior = phi.slice("1:-1, 1:-1"); // phi_old = phi[1:-1, 1:-1]
  phi.assign("1:-1, 1:-1", jacobiSweep(phi, f)); // expect: no-view-mutation
  delta = maxAbs(phi.slice("1:-1, 1:-1").sub(prevInterior));
  iterations += 1;
}

const finalResidual = residualNorm(phi, f);
console.log(`Jacobi stopped after ${iterations} iteration(s), last update ${delta.toExponential(2)}`);
console.log(`residual: ${initialResidual.toExponential(3)} -> ${finalResidual.toExponential(3)}`);

// ---- report in the zero-mean gauge ----
phi.flatten().isub(phi.mean()); // expect: no-lost-write
const centre = Math.floor(n / 2) + 1;
console.log("potential at the centre:", phi.get(centre, centre).toFixed(5));
console.log("potential range:", phi.min().toFixed(4), phi.max().toFixed(4));

// field energy 1/2 |grad phi|^2 from forward differences
const ex = phi.slice("1:, :").sub(phi.slice(":-1, :")).div(h);
const ey = phi.slice(":, 1:").sub(phi.slice(":, :-1")).div(h);
const energy = 0.5 * (ex.mul(ex).sum() + ey.mul(ey).sum()) * h * h;
console.log(`electrostatic energy: ${energy.toFixed(5)}`);
console.log("middle row:", (phi.slice(centre).tolist() as number[]).map((v: number) => v.toFixed(3)).join(" "));
