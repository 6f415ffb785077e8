// Splits a 1-D diffusion problem over two subdomains that exchange one-cell halos every step, as the MPI version does, and checks that the total heat is conserved.
import { zeros, NDArray } from "ndalias";

// ---- parameters ----
const nGlobal = 40;
const nRanks = 2;
const nLocal = nGlobal / nRanks;
const dx = 1.0 / nGlobal;
const r = 0.25; // kappa dt / dx^2
const nSteps = 400;

class Subdomain {
  field: NDArray;
  scratch: NDArray;
  west: Subdomain | null = null;
  east: Subdomain | null = null;

  constructor(
    readonly rank: number,
    readonly n: number,
  ) {
    // one halo cell on each side
    this.field = zeros(n + 2);
    this.scratch = zeros(n + 2);
  }

  globalIndex(local: number): number {
    return this.rank * this.n + (local - 1);
  }

  // tracer = 1 for global cells in [lo, hi)
  initSlab(lo: number, hi: number): void {
    for (let i = 1; i <= this.n; i++) {
      const g = this.globalIndex(i);
      if (g >= lo && g < hi) this.field.set(i, 1.0);
    }
  }

  interiorHeat(): number {
    return this.field.slice("1:-1").sum() * dx;
  }

  step(): void {
    const f = this.field;
    const lap = f.slice("2:").sub(f.slice("1:-1").mul(2)).add(f.slice(":-2"));
    this.scratch.assign("1:-1", f.slice("1:-1").add(lap.mul(r)));
    [this.field, this.scratch] = [this.scratch, this.field];
  }
}

// wire up the process topology
function connect(left: Subdomain, right: Subdomain): void {
  left.east = right;
  right.west = left; // expect: no-reference-cycle
}

// send the last interior cell east and the first interior cell west
function exchangeHalos(left: Subdomain, right: Subdomain): void {
  left.field.set(left.n + 1, right.field.get(1));
  right.field.set(0, left.field.get(left.n));
}

// insulated outer walls: zero-gradient ghost on the physical boundary
function applyPhysicalBoundary(d: Subdomain): void {
  if (d.west === null) d.field.set(0, d.field.get(1));
  if (d.east === null) d.field.set(d.n + 1, d.field.get(d.n));
}

function gather(domains: Subdomain[]): number[] {
  const out: number[] = [];
  for (const d of domains) {
    out.push(...(d.field.slice("1:-1").tolist() as number[]));
  }
  return out;
}

// ---- set up ----
const ranks: Subdomain[] = [];
for (let p = 0; p < nRanks; p++) ranks.push(new Subdomain(p, nLocal));
connect(ranks[0], ranks[1]);

// a hot slab straddling the interface, so heat has to cross the halo
ranks.forEach((d) => d.initSlab(15, 25));
const heat0 = ranks.reduce((s, d) => s + d.interiorHeat(), 0);

// ---- time loop ----
for (let n = 0; n < nSteps; n++) {
  exchangeHalos(ranks[0], ranks[1]);
  ranks.forEach(applyPhysicalBoundary);
  ranks.forEach((d) => d.step());
  if (n % 100 === 0) {
    const heat = ranks.reduce((s, d) => s + d.interiorHeat(), 0);
    console.log(`step ${n}: heat ${heat.toFixed(6)}`);
  }
}

// ---- diagnostics ----
const heat = ranks.reduce((s, d) => s + d.interiorHeat(), 0);
console.log(`heat conservation error: ${Math.abs(heat - heat0).toExponential(2)}`);
const profile = gather(ranks);
const jumpAtInterface = Math.abs(profile[nLocal] - profile[nLocal - 1]);
console.log(`jump across the rank interface: ${jumpAtInterface.toFixed(5)}`);
console.log("profile:", profile.map((v) => v.toFixed(3)).join(" "));
console.log("neighbours of rank 0:", ranks[0].west?.rank ?? "wall", ranks[0].east?.rank ?? "wall");
