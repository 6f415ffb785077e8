// Anisotropic heat diffusion on a small plate with ping-pong buffers, then rebinding-based post-processing of a transposed and reshaped result.
// runnable
import { array, zeros, NDArray } from "ndalias";

const H = 6;
const W = 6;
const STEPS = 5;
const KAPPA_X = 0.2;
const KAPPA_Y = 0.1;

function hotSpotPlate(): NDArray {
  const plate = zeros([H, W]);
  plate.slice("2:4, 2:4").fill(100);
  plate.slice(0).fill(20);
  return plate;
}

function printPlate(label: string, plate: NDArray): void {
  console.log(label);
  for (const row of plate.tolist() as number[][]) {
    console.log("  " + row.map((v) => v.toFixed(1).padStart(7)).join(""));
  }
}

// One explicit diffusion step from src into dst (insulated edges).
function diffuseStep(src: NDArray, dst: NDArray): void {
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const c = src.get(y, x);
      const left = src.get(y, Math.max(0, x - 1));
      const right = src.get(y, Math.min(W - 1, x + 1));
      const up = src.get(Math.max(0, y - 1), x);
      const down = src.get(Math.min(H - 1, y + 1), x);
      dst.set([y, x], c + KAPPA_X * (left + right - 2 * c) + KAPPA_Y * (up + down - 2 * c));
    }
  }
}

const initial = hotSpotPlate();
let current = initial.copy();
let next = zeros([H, W]);
const totals: number[] = [current.sum()];

for (let step = 0; step < STEPS; step++) {
  diffuseStep(current, next);
  [current, next] = [next, current];
  totals.push(current.sum());
}
printPlate(`after ${STEPS} steps:`, current);
console.log("heat totals per step:", totals.map((t) => t.toFixed(1)).join(" "));

// Column profile: starts as a view of the result, rebound to a copy before it is normalised.
let profile: NDArray = current.T;
profile = profile.copy();
profile.idiv(profile.max());
console.log("normalised column-major profile, first column:", (profile.slice(0).tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

// Row pairs: a reshaped view rebound to an arithmetic result before being rescaled.
let pairs: NDArray = current.reshape(H / 2, 2 * W);
pairs = pairs.sub(pairs.mean());
pairs.imul(0.5);
console.log("centred row pairs, first pair:", (pairs.slice(0).tolist() as number[]).map((v) => v.toFixed(1)).join(" "));

// Region of interest: a view first, then rebound to a scratch buffer that is filled independently.
let roi: NDArray = current.slice("2:4, 2:4");
console.log("hot-spot mean:", roi.mean().toFixed(2));
roi = zeros([2, 2]);
roi.fill(current.max());
roi.isub(current.min());
console.log("dynamic range tile:", roi.tolist());

// A flipped view, rebound to a damped arithmetic result before a marker is written.
let mirrored: NDArray = current.flip(1);
console.log("mirrored first row:", (mirrored.slice(0).tolist() as number[]).map((v) => v.toFixed(1)).join(" "));
mirrored = mirrored.mul(0.5).add(1);
mirrored.set([0, 0], -1);
console.log("mirrored & damped corner:", mirrored.get(0, 0), mirrored.get(0, 1).toFixed(2));

// The initial plate and the simulation result are both still as computed.
printPlate("initial plate:", initial);
printPlate("final plate:", current);
console.log("heat lost through rounding:", (initial.sum() - current.sum()).toFixed(6));
