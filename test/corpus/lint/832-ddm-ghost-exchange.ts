// 1-D diffusion of a tracer split over two subdomains that exchange ghost cells each step, followed by output of the profiles in reference concentration units.
import { zeros, NDArray } from "ndalias";

const N_TOTAL = 64;
const DX = 1 / N_TOTAL;
const DIFFUSIVITY = 0.02;
const DT = (0.4 * DX * DX) / DIFFUSIVITY;
const STEPS = 600;
const C_REF = 2.5; // reference concentration for the output files

class Subdomain {
  /** interior cells 1..n, ghost cells 0 and n+1 */
  u: NDArray;
  east: Subdomain | null = null;
  west: Subdomain | null = null;
  sentValues = 0;

  constructor(
    readonly name: string,
    readonly n: number,
    readonly x0: number,
  ) {
    this.u = zeros(n + 2);
  }

  /** cell-centre coordinate of interior cell i (1-based) */
  x(i: number): number {
    return this.x0 + (i - 0.5) * DX;
  }

  /** Copies neighbour boundary values into the ghost cells; zero-flux at the outer walls. */
  exchangeGhosts(): void {
    if (this.west) {
      this.u.set(0, this.west.u.get(this.west.n));
      this.west.sentValues += 1;
    } else {
      this.u.set(0, this.u.get(1));
    }
    if (this.east) {
      this.u.set(this.n + 1, this.east.u.get(1));
      this.east.sentValues += 1;
    } else {
      this.u.set(this.n + 1, this.u.get(this.n));
    }
  }
}

/** Splits the domain in two halves and links them through their shared interface. */
function decompose(nTotal: number): [Subdomain, Subdomain] {
  const half = nTotal / 2;
  const left = new Subdomain("left", half, 0);
  const right = new Subdomain("right", half, half * DX);
  left.east = right;
  right.west = left; // expect: no-reference-cycle
  return [left, right];
}

function initialise(d: Subdomain, centre: number, width: number, peak: number): void {
  for (let i = 1; i <= d.n; i++) {
    const x = d.x(i);
    d.u.set(i, peak * Math.exp(-((x - centre) ** 2) / (2 * width * width)));
  }
}

/** Explicit FTCS update of the interior cells of one subdomain. */
function diffuse(d: Subdomain, r: number): void {
  const inner = d.u.slice("1:-1");
  const lap = d.u.slice(":-2").add(d.u.slice("2:")).sub(inner.mul(2));
  inner.iadd(lap.mul(r));
}

function mass(d: Subdomain): number {
  return d.u.slice("1:-1").sum() * DX;
}

function centreOfMass(d: Subdomain): number {
  let num = 0;
  for (let i = 1; i <= d.n; i++) num += d.x(i) * d.u.get(i);
  return (num * DX) / mass(d);
}

function writeProfile(d: Subdomain, stride: number): void {
  const lines: string[] = [];
  for (let i = 1; i <= d.n; i += stride) {
    lines.push(`${d.x(i).toFixed(4)}  ${d.u.get(i).toFixed(6)}`);
  }
  console.log(`# ${d.name}: x  c/c_ref\n${lines.join("\n")}`);
}

// ---------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------
const [left, right] = decompose(N_TOTAL);
initialise(left, 0.35, 0.06, 5.0);
initialise(right, 0.35, 0.06, 5.0);
const r = (DIFFUSIVITY * DT) / (DX * DX);
const mass0 = mass(left) + mass(right);
console.log(`r = ${r.toFixed(2)}, initial mass ${mass0.toFixed(6)}`);

for (let step = 0; step < STEPS; step++) {
  left.exchangeGhosts();
  right.exchangeGhosts();
  diffuse(left, r);
  diffuse(right, r);
  if (step % 150 === 0) {
    const m = mass(left) + mass(right);
    console.log(`step ${step}: mass drift ${(m - mass0).toExponential(2)}, left share ${(mass(left) / m).toFixed(4)}`);
  }
}

// ---------------------------------------------------------------------------
// Post-processing
// ---------------------------------------------------------------------------
const leftProfile = left.u.slice("1:-1");
const rightPeak = right.u.slice("1:-1").max();
console.log(`peak concentration: left ${leftProfile.max().toFixed(4)}, right ${rightPeak.toFixed(4)}`);
console.log(`centre of mass: left ${centreOfMass(left).toFixed(4)}, right ${centreOfMass(right).toFixed(4)}`);
console.log(`interface messages: left sent ${left.sentValues}, right sent ${right.sentValues}`);

// the output files are written in reference units
left.u.idiv(C_REF); // expect: no-view-mutation
right.u.idiv(C_REF);
writeProfile(left, 8);
writeProfile(right, 8);

// physical mass left of the initial peak position, for the transport summary
let massLeftOfPeak = 0;
for (let i = 0; i < leftProfile.size; i++) {
  if (left.x(i + 1) < 0.35) massLeftOfPeak += leftProfile.get(i) * DX;
}
console.log(`mass left of x=0.35: ${massLeftOfPeak.toFixed(6)} of ${mass0.toFixed(6)}`);
