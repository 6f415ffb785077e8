// Kepler two-body orbit with classical RK4 (module-level stage buffers reused every step): conservation checks, periapsis detection with swapped state buffers and a time-reversal test.
import { array, zeros, NDArray } from "ndalias";

const GM = 1.0;
const H = 0.01;
const N_STEPS = 3200;

// stage buffers shared by every RK4 step
const k1 = zeros(4);
const k2 = zeros(4);
const k3 = zeros(4);
const k4 = zeros(4);
const stage = zeros(4);

/** Right-hand side of the planar Kepler problem, state (x, y, vx, vy), written into `out`. */
function keplerRhsInto(y: NDArray, out: NDArray): void {
  const px = y.get(0);
  const py = y.get(1);
  const r3 = Math.pow(px * px + py * py, 1.5);
  out.set(0, y.get(2));
  out.set(1, y.get(3));
  out.set(2, (-GM * px) / r3);
  out.set(3, (-GM * py) / r3);
}

/** One RK4 step, advancing y in place. */
function rk4Step(y: NDArray, h: number): void {
  keplerRhsInto(y, k1);
  stage.assign(":", y);
  stage.iadd(k1.mul(h / 2));
  keplerRhsInto(stage, k2);
  stage.assign(":", y);
  stage.iadd(k2.mul(h / 2));
  keplerRhsInto(stage, k3);
  stage.assign(":", y);
  stage.iadd(k3.mul(h));
  keplerRhsInto(stage, k4);
  y.iadd(k1.add(k2.mul(2)).add(k3.mul(2)).add(k4).mul(h / 6));
}

function energy(y: NDArray): number {
  const r = Math.hypot(y.get(0), y.get(1));
  const v2 = y.get(2) ** 2 + y.get(3) ** 2;
  return 0.5 * v2 - GM / r;
}

function angularMomentum(y: NDArray): number {
  return y.get(0) * y.get(3) - y.get(1) * y.get(2);
}

function radialVelocity(y: NDArray): number {
  return (y.get(0) * y.get(2) + y.get(1) * y.get(3)) / Math.hypot(y.get(0), y.get(1));
}

function semiMajorAxis(y: NDArray): number {
  return -GM / (2 * energy(y));
}

// ---------------------------------------------------------------------------
// Forward run, eccentric orbit (e = 0.44)
// ---------------------------------------------------------------------------
const y = array([1.0, 0.0, 0.0, 1.2]);
const y0 = y.copy();
const E0 = energy(y);
const L0 = angularMomentum(y);
const a = semiMajorAxis(y);
const period = 2 * Math.PI * Math.sqrt(a ** 3 / GM);
console.log(`a = ${a.toFixed(4)}, period = ${period.toFixed(4)}, E0 = ${E0.toFixed(6)}`);

const history = zeros([N_STEPS + 1, 4]);
history.slice(0).assign(":", y);
for (let step = 0; step < N_STEPS; step++) {
  rk4Step(y, H);
  history.slice(step + 1).assign(":", y);
}
console.log(`energy drift: ${(energy(y) - E0).toExponential(3)}`);
console.log(`angular-momentum drift: ${(angularMomentum(y) - L0).toExponential(3)}`);

const radii = zeros(N_STEPS + 1);
for (let s = 0; s <= N_STEPS; s++) radii.set(s, Math.hypot(history.get(s, 0), history.get(s, 1)));
console.log(`r range: [${radii.min().toFixed(4)}, ${radii.max().toFixed(4)}]`);

// ---------------------------------------------------------------------------
// Periapsis passages: radial velocity changes sign from - to +
// ---------------------------------------------------------------------------
let before = y0.copy();
let after = y0.copy();
const passages: number[] = [];
for (let step = 0; step < N_STEPS; step++) {
  after.assign(":", before);
  rk4Step(after, H);
  if (radialVelocity(before) < 0 && radialVelocity(after) >= 0) passages.push((step + 1) * H);
  [before, after] = [after, before];
}
console.log("periapsis times:", passages.map((t) => t.toFixed(3)).join(" "));
if (passages.length >= 2) {
  console.log(`measured period: ${(passages[1] - passages[0]).toFixed(4)} (Kepler ${period.toFixed(4)})`);
}

// ---------------------------------------------------------------------------
// Time reversal: flip the final velocities and integrate back to the start
// ---------------------------------------------------------------------------
let yBack: NDArray = y;
yBack = yBack.copy();
yBack.slice("2:").imul(-1);
for (let step = 0; step < N_STEPS; step++) rk4Step(yBack, H);
const returnError = yBack.slice(":2").sub(y0.slice(":2"));
console.log(`return error after reversal: ${Math.sqrt(returnError.mul(returnError).sum()).toExponential(3)}`);
console.log(`forward end state still intact: r = ${Math.hypot(y.get(0), y.get(1)).toFixed(6)}`);

// final position, named once the integration is finished
const finalPosition = y.slice(":2");
console.log("final position:", (finalPosition.tolist() as number[]).map((v) => v.toFixed(5)).join(" "));
