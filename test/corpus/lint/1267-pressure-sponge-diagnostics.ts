// Acoustic pressure field on a 2-D grid: logs statistics of the raw field through views and aliases first, then applies sponge damping and a source term in place.
// runnable
import { zeros, NDArray } from "ndalias";

// ---- parameters (acoustics2d.py) ----
const ny = 12;
const nx = 16;
const h = 0.05;
const nCycles = 4;
const spongeDamping = 0.9;
const sourceStrength = 0.2;

// Gaussian pulse centred in the domain, one ghost layer all round
function gaussianPulse(sigma: number): NDArray {
  const p = zeros([ny + 2, nx + 2]);
  const jc = (ny + 1) / 2;
  const ic = (nx + 1) / 2;
  for (let j = 1; j <= ny; j++) {
    for (let i = 1; i <= nx; i++) {
      const r2 = ((j - jc) * h) ** 2 + ((i - ic) * h) ** 2;
      p.set([j, i], Math.exp(-r2 / (2 * sigma * sigma)));
    }
  }
  return p;
}

function rms(a: NDArray): number {
  return Math.sqrt(a.mul(a).mean());
}

function describe(label: string, a: NDArray): void {
  console.log(`${label}: min ${a.min().toFixed(4)}, max ${a.max().toFixed(4)}, rms ${rms(a).toFixed(4)}`);
}

// ---- initial field and a read-only look at it ----
const pressure = gaussianPulse(0.15);
const field = pressure; // short name used by the plotting code
describe("raw field", field);
console.log("raw centre row:", (field.slice(Math.floor(ny / 2)).tolist() as number[]).map((v: number) => v.toFixed(2)).join(" "));

const byColumn = pressure.T;
let columnPeak = 0;
for (let i = 1; i <= nx; i++) columnPeak = Math.max(columnPeak, byColumn.slice(i).max());
console.log(`largest column peak: ${columnPeak.toFixed(4)}`);

// row energies of the raw field, kept as plain numbers for the log
const rowEnergy: number[] = [];
for (let j = 1; j <= ny; j++) {
  const row = field.slice(j);
  rowEnergy.push(row.mul(row).sum() * h);
}
console.log("raw row energies:", rowEnergy.map((e) => e.toFixed(3)).join(" "));

// keep the raw field for the before/after comparison
const beforeDamping = pressure.copy();

// ---- damping cycles: each cycle inspects the interior first, then updates ----
const interiorRms: number[] = [];
for (let cycle = 0; cycle < nCycles; cycle++) {
  const interior = pressure.slice("1:-1, 1:-1");
  interiorRms.push(rms(interior));
  const edgeMean = (interior.slice(0).mean() + interior.slice(-1).mean()) / 2;
  console.log(`cycle ${cycle}: interior rms ${interiorRms[cycle].toFixed(4)}, edge mean ${edgeMean.toFixed(4)}`);

  // sponge on the outer frame of the interior, as p[1, :] *= d in the NumPy code
  pressure.slice(1).imul(spongeDamping);
  pressure.slice(-2).imul(spongeDamping);
  pressure.slice(":", 1).imul(spongeDamping);
  pressure.slice(":", -2).imul(spongeDamping);
  // weak point source at the centre
  const jc = Math.floor(ny / 2) + 1;
  const ic = Math.floor(nx / 2) + 1;
  pressure.set([jc, ic], pressure.get(jc, ic) + sourceStrength);
}

// ---- after the updates: new names see the updated values by design ----
const damped = pressure;
describe("damped field", damped);
const dampedInterior = damped.slice("1:-1, 1:-1");
console.log(`interior rms now ${rms(dampedInterior).toFixed(4)} (was ${interiorRms[0].toFixed(4)})`);
const total = pressure.sum() * h * h;
console.log(`integrated pressure: ${total.toFixed(5)}`);
const change = pressure.sub(beforeDamping);
console.log(`largest change ${Math.max(change.max(), -change.min()).toFixed(4)}, raw rms kept ${rms(beforeDamping).toFixed(4)}`);
