// Scent tracking for a hunter AI: double-buffered diffusion with buffer swaps, evaporation, and gradient following.
// runnable
import { zeros, NDArray } from "ndalias";

const W = 8;
const H = 6;
const DIFFUSION = 0.5;
const EVAPORATION = 0.95;

function diffuseInto(src: NDArray, dst: NDArray, rate: number): void {
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let sum = 0;
      let n = 0;
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
        sum += src.get(ny, nx);
        n++;
      }
      dst.set([y, x], (1 - rate) * src.get(y, x) + (rate * sum) / n);
    }
  }
}

function strongestNeighbour(field: NDArray, x: number, y: number): [number, number] {
  let best: [number, number] = [x, y];
  let bestValue = field.get(y, x);
  for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
    const nx = x + dx;
    const ny = y + dy;
    if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
    const v = field.get(ny, nx);
    if (v > bestValue) {
      bestValue = v;
      best = [nx, ny];
    }
  }
  return best;
}

let front = zeros([H, W]);
let back = zeros([H, W]);

// The prey drops scent along its escape route.
const preyTrail: Array<[number, number]> = [[6, 1], [6, 2], [5, 3], [4, 4]];
for (const [x, y] of preyTrail) {
  front.set([y, x], front.get(y, x) + 25);
}

for (let step = 0; step < 6; step++) {
  diffuseInto(front, back, DIFFUSION);
  [front, back] = [back, front];
  front.imul(EVAPORATION);
  back.fill(0);
}

console.log("total scent after diffusion:", front.sum().toFixed(3));
console.log("stale buffer is cleared:", back.sum());

// Normalised field for the debug heat view: rebinding the name to a fresh array.
let heat: NDArray = front;
heat = heat.sub(heat.min());
heat.idiv(heat.max() || 1);
console.log("heat row 3:", heat.slice(3).tolist());

// Hunter climbs the gradient from the far corner.
let hx = 0;
let hy = 5;
const visited: string[] = [];
for (let move = 0; move < 10; move++) {
  const [nx, ny] = strongestNeighbour(front, hx, hy);
  if (nx === hx && ny === hy) break;
  hx = nx;
  hy = ny;
  visited.push(`${hx},${hy}`);
}
console.log("hunter path:", visited.join(" > "));
console.log("hunter ends at scent", front.get(hy, hx).toFixed(3), "normalised", heat.get(hy, hx).toFixed(3));

// The hunter marks its own tile as searched in a scratch copy of the field.
const searched = front.copy();
searched.set([hy, hx], 0);
console.log("scent left unsearched:", searched.sum().toFixed(3), "of", front.sum().toFixed(3));
