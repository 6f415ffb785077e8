// Runs a 1-D heat diffusion with two ping-pong buffers, records the mean temperature of each step, and rescales the result.
import { array, zeros, NDArray } from "ndalias";

const STEPS = 5;
const HISTORY = zeros(STEPS);

function diffuseInto(dst: NDArray, src: NDArray, alpha = 0.25): void {
  const n = src.size;
  for (let i = 1; i < n - 1; i++) {
    dst.set(i, src.get(i) + alpha * (src.get(i - 1) - 2 * src.get(i) + src.get(i + 1)));
  }
  dst.set(0, src.get(0));
  dst.set(n - 1, src.get(n - 1));
}

export function simulate(initial: NDArray, steps: number = STEPS, alpha?: number): NDArray {
  HISTORY.fill(0);
  let cur = initial.copy();
  let next = zeros(initial.size);
  for (let s = 0; s < steps; s++) {
    diffuseInto(next, cur, alpha);
    [cur, next] = [next, cur];
    HISTORY.set(s, cur.mean());
  }
  return cur;
}

function toCelsius(kelvin: NDArray | number): NDArray | number {
  return typeof kelvin === "number" ? kelvin - 273.15 : kelvin.sub(273.15);
}

const rod = array([300, 300, 400, 300, 300, 300, 300]);

let shown: NDArray = rod;
console.log("initial rod:", shown.tolist());
shown = simulate(rod);
shown.isub(300);
console.log("excess temperature:", shown.tolist());

let scaled: NDArray = rod;
scaled = scaled.mul(2);
scaled.isub(rod);
console.log("doubled minus original:", scaled.tolist());

let left = zeros(3);
let right = array([1, 2, 3]);
[left, right] = [right, left];
right.fill(7);
console.log("left:", left.tolist(), "right:", right.tolist());

const celsius = toCelsius(rod);
if (celsius instanceof NDArray) {
  console.log("rod in celsius:", celsius.tolist());
}
console.log("history:", HISTORY.tolist(), "rod:", rod.tolist());
