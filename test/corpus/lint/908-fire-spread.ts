// Double-buffered fire spread over a tile-map component: each tick reads the front grid, writes the back grid, then swaps them.
import { zeros, NDArray } from "ndalias";

const SIZE = 6;
const IGNITION = 0.5;
const BURN_RATE = 0.2;

let front = zeros([SIZE, SIZE]);
let back = zeros([SIZE, SIZE]);
const fuel = zeros([SIZE, SIZE]);
fuel.fill(1);
fuel.slice(":", 3).fill(0); // a firebreak column

front.set([2, 1], 1);

function neighbourHeat(grid: NDArray, r: number, c: number): number {
  let heat = 0;
  for (const [dr, dc] of [
    [-1, 0],
    [1, 0],
    [0, -1],
    [0, 1],
  ]) {
    const rr = r + dr;
    const cc = c + dc;
    if (rr >= 0 && rr < SIZE && cc >= 0 && cc < SIZE) heat += grid.get(rr, cc);
  }
  return heat;
}

function tick(src: NDArray, dst: NDArray): void {
  for (let r = 0; r < SIZE; r++) {
    for (let c = 0; c < SIZE; c++) {
      const burning = src.get(r, c);
      const f = fuel.get(r, c);
      if (burning > 0) {
        dst.set([r, c], f > 0 ? Math.min(1, burning + BURN_RATE) : 0);
        fuel.set([r, c], Math.max(0, f - BURN_RATE));
      } else {
        dst.set([r, c], f > 0 && neighbourHeat(src, r, c) >= IGNITION ? BURN_RATE : 0);
      }
    }
  }
}

for (let step = 0; step < 4; step++) {
  tick(front, back);
  [front, back] = [back, front];
  back.fill(0);
  console.log(`step ${step}: burning tiles = ${countBurning(front)}`);
}

function countBurning(grid: NDArray): number {
  let n = 0;
  for (let r = 0; r < SIZE; r++) for (let c = 0; c < SIZE; c++) if (grid.get(r, c) > 0) n++;
  return n;
}

// Heat-shimmer effect: starts from the live grid but works on its own buffer.
let shimmer: NDArray = front;
shimmer = shimmer.mul(0.9);
shimmer.iadd(0.05);
for (let r = 0; r < SIZE; r++) {
  shimmer.set([r, 0], 0);
}
console.log("shimmer mean:", shimmer.mean().toFixed(3));

// Smoke layer: the cursor first points at the live grid, then gets its own scratch buffer.
let smoke: NDArray = front;
console.log("smoke source max:", smoke.max());
smoke = zeros([SIZE, SIZE]);
smoke.iadd(front);
smoke.imul(0.5);
smoke.slice(0).fill(0);
console.log("smoke total:", smoke.sum().toFixed(3));

// Fuel refill for the next round, through the fuel component's own name.
fuel.imul(0.5);
fuel.iadd(0.5);

console.log("fire:", front.tolist());
console.log("fuel left:", fuel.sum().toFixed(2));
console.log("back buffer cleared:", back.sum() === 0);
