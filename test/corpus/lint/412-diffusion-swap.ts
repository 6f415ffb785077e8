// Iterates a heat-diffusion stencil with two swapped buffers driven by a generator of time steps, and sharpens the result.
import { array, zeros, NDArray } from "ndalias";

function* timeSteps(n: number, dt: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i * dt;
}

function diffuse(initial: NDArray, steps: number, k: number): NDArray {
  let current = initial.copy();
  let next = zeros(initial.size);
  let elapsed = 0;
  for (const t of timeSteps(steps, 0.1)) {
    for (let i = 1; i < current.size - 1; i++) {
      const lap = current.get(i - 1) - 2 * current.get(i) + current.get(i + 1);
      next.set(i, current.get(i) + k * lap);
    }
    next.set(0, current.get(0));
    next.set(next.size - 1, current.get(current.size - 1));
    [current, next] = [next, current];
    elapsed = t;
  }
  console.log(`diffused for ${elapsed.toFixed(1)} s`);
  return current;
}

function sharpen(signal: NDArray, amount: number): NDArray {
  let out: NDArray = signal;
  out = out.mul(1 + amount);
  out.isub(signal.mean() * amount);
  return out;
}

const applyAll =
  (...fs: ((x: NDArray) => NDArray)[]) =>
  (x: NDArray): NDArray =>
    fs.reduce((acc, f) => f(acc), x);

const rod = array([0, 0, 100, 0, 0, 0, 50]);
const before = rod;
console.log("initial heat:", before.sum());

const settled = applyAll(
  (x) => diffuse(x, 20, 0.2),
  (x) => sharpen(x, 0.5),
)(rod);

rod.set(2, 80);
rod.set(6, 20);
console.log("rod after re-heating:", rod.tolist());
console.log("settled profile:", settled.tolist());
