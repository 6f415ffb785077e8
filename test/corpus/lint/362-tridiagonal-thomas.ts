// Thomas algorithm for tridiagonal systems and its periodic (Sherman-Morrison) variant, assembling 1-D Poisson problems.
import { full, linspace, zeros, NDArray } from "ndalias";

type Boundary = "dirichlet" | "neumann" | "periodic";

export function thomas(sub: NDArray, diag: NDArray, sup: NDArray, rhs: NDArray): NDArray {
  const n = diag.size;
  const b = diag.copy();
  const d = rhs.copy();
  for (let i = 1; i < n; i++) {
    const w = sub.get(i - 1) / b.get(i - 1);
    b.set(i, b.get(i) - w * sup.get(i - 1));
    d.set(i, d.get(i) - w * d.get(i - 1));
  }
  d.set(n - 1, d.get(n - 1) / b.get(n - 1));
  for (let i = n - 2; i >= 0; i--) {
    d.set(i, (d.get(i) - sup.get(i) * d.get(i + 1)) / b.get(i));
  }
  return d;
}

function periodicThomas(sub: NDArray, diag: NDArray, sup: NDArray, rhs: NDArray, corner: number): NDArray {
  const n = diag.size;
  const gamma = -diag.get(0);
  const bb = diag.copy();
  bb.set(0, diag.get(0) - gamma);
  bb.set(n - 1, diag.get(n - 1) - (corner * corner) / gamma);
  const x = thomas(sub, bb, sup, rhs);
  const u = zeros(n);
  u.set(0, gamma);
  u.set(n - 1, corner);
  const z = thomas(sub, bb, sup, u);
  const top = x.get(0) + (corner * x.get(n - 1)) / gamma;
  const bottom = 1 + z.get(0) + (corner * z.get(n - 1)) / gamma;
  return x.sub(z.mul(top / bottom));
}

export function poisson1d(n: number, source: (t: number) => number, bc: Boundary): NDArray {
  const h = 1 / (n + 1);
  const grid = { t: linspace(h, 1 - h, n), diag: full(n, 2), off: full(n - 1, -1), rhs: zeros(n) };
  for (let i = 0; i < n; i++) {
    grid.rhs.set(i, source(grid.t.get(i)) * h * h);
  }
  switch (bc) {
    case "neumann":
      grid.diag.set(0, 1);
      grid.diag.set(n - 1, 1);
      grid.rhs.isub(grid.rhs.mean());
      grid.diag.iadd(1e-3);
    // falls through
    case "dirichlet":
      return thomas(grid.off, grid.diag, grid.off, grid.rhs);
    case "periodic": {
      grid.diag.fill(2.05);
      return periodicThomas(grid.off, grid.diag, grid.off, grid.rhs, -1);
    }
  }
}

function residual(sub: NDArray, diag: NDArray, sup: NDArray, x: NDArray, rhs: NDArray): number {
  let worst = 0;
  for (let i = 0; i < x.size; i++) {
    let ax = diag.get(i) * x.get(i);
    if (i > 0) ax += sub.get(i - 1) * x.get(i - 1);
    if (i < x.size - 1) ax += sup.get(i) * x.get(i + 1);
    worst = Math.max(worst, Math.abs(ax - rhs.get(i)));
  }
  return worst;
}

const n = 8;
const off = full(n - 1, -1);
const diag = full(n, 2.5);
const rhs = linspace(1, 2, n);
const x = thomas(off, diag, off, rhs);
console.log("thomas residual:", residual(off, diag, off, x, rhs), "diag unchanged:", diag.max() === 2.5);

for (const bc of ["dirichlet", "neumann", "periodic"] as const) {
  const u = poisson1d(n, (t) => Math.sin(Math.PI * t), bc);
  console.log(`${bc}: max u = ${u.max().toFixed(5)}, min u = ${u.min().toFixed(5)}`);
}
