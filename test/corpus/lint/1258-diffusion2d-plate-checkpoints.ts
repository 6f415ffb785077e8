// 2-D diffusion of a hot spot on a plate with fixed-temperature top and bottom walls and insulated side walls, double-buffered explicit steps and periodic checkpoints.
import { zeros, NDArray } from "ndalias";

// ---- parameters (plate2d.py) ----
const ny = 24;
const nx = 32;
const h = 1.0 / (nx - 1); // dx = dy
const alpha = 1e-3;
const dt = (0.2 * h * h) / alpha; // r = 0.2 < 0.25
const r = (alpha * dt) / (h * h);
const nSteps = 200;
const checkpointEvery = 50;
const tTop = 0.0;
const tBottom = 20.0;

// five-point stencil on the interior, returns the new interior block
function stencilUpdate(u: NDArray): NDArray {
  const centre = u.slice("1:-1, 1:-1");
  const lap = u
    .slice("2:, 1:-1")
    .add(u.slice(":-2, 1:-1"))
    .add(u.slice("1:-1, 2:"))
    .add(u.slice("1:-1, :-2"))
    .sub(centre.mul(4));
  return centre.add(lap.mul(r));
}

function interiorMean(u: NDArray): number {
  return u.slice("1:-1, 1:-1").mean();
}

function hottest(u: NDArray): number {
  return u.slice("1:-1, 1:-1").max();
}

// heat flux through the bottom wall, -k dT/dy with a one-sided difference
function bottomFlux(u: NDArray): number {
  const wall = u.slice(-1, "1:-1");
  const firstRow = u.slice(-2, "1:-1");
  return wall.sub(firstRow).sum() / h;
}

// ---- set up the two buffers, ghosts included ----
let u = zeros([ny + 2, nx + 2]);
let uNext = zeros([ny + 2, nx + 2]);
u.slice("10:14, 14:18").fill(100); // u[10:14, 14:18] = 100

const checkpoints: NDArray[] = [];
const checkpointTimes: number[] = [];

for (let n = 0; n <= nSteps; n++) {
  // boundary conditions through the ghost layer
  u.slice(0).fill(tTop);
  u.slice(-1).fill(tBottom);
  u.slice(":", 0).assign(":", u.slice(":", 1)); // insulated: dT/dx = 0
  u.slice(":", -1).assign(":", u.slice(":", -2));

  if (n % checkpointEvery === 0) {
    checkpoints.push(u.copy());
    checkpointTimes.push(n * dt);
  }
  if (n === nSteps) break;

  uNext.slice("1:-1, 1:-1").assign(":", stencilUpdate(u));
  [u, uNext] = [uNext, u];
}

// ---- diagnostics on the checkpoints ----
for (let k = 0; k < checkpoints.length; k++) {
  const snap = checkpoints[k];
  console.log(
    `t = ${checkpointTimes[k].toFixed(1)}: mean ${interiorMean(snap).toFixed(4)}, ` +
      `max ${hottest(snap).toFixed(3)}, bottom flux ${bottomFlux(snap).toFixed(2)}`,
  );
}

// the last checkpoint was taken at the final step, so this must vanish
const last = checkpoints[checkpoints.length - 1];
const mismatch = u.sub(last);
console.log("final field vs last checkpoint:", Math.max(mismatch.max(), -mismatch.min()));

// change between the first two checkpoints, a measure of the early transient
const early = checkpoints[1].sub(checkpoints[0]);
console.log("largest early change:", Math.max(early.max(), -early.min()).toFixed(3));

// vertical temperature profile through the middle of the plate
const centreColumn = u.slice("1:-1", Math.floor(nx / 2) + 1);
console.log("centre column:", (centreColumn.tolist() as number[]).map((v: number) => v.toFixed(2)).join(" "));
console.log("steps taken:", nSteps, "buffer shapes:", u.shape, uNext.shape);
