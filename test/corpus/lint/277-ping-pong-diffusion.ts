// Smooths a 1-D temperature profile by explicit heat diffusion with two ping-pong buffers and prints it beside the input.
import { array, zeros, NDArray } from "ndalias";

type Stepper = (src: NDArray, dst: NDArray) => void;

const makeStepper =
  (alpha: number): Stepper =>
  (src, dst) => {
    const n = src.size;
    dst.set(0, src.get(0));
    dst.set(n - 1, src.get(n - 1));
    for (let i = 1; i < n - 1; i++) {
      const lap = src.get(i - 1) - 2 * src.get(i) + src.get(i + 1);
      dst.set(i, src.get(i) + alpha * lap);
    }
  };

interface DiffusionOptions {
  steps?: number;
  alpha?: number;
  pinned?: readonly [number, number];
}

export function diffuse(input: NDArray, { steps = 10, alpha = 0.25, pinned }: DiffusionOptions = {}): NDArray {
  const step = makeStepper(alpha);
  let src = input.copy();
  let dst = zeros(input.size);
  for (let k = 0; k < steps; k++) {
    step(src, dst);
    if (pinned) {
      const [index, value] = pinned;
      dst.set(index, value);
    }
    [src, dst] = [dst, src];
  }
  return src;
}

export function residualHistory(input: NDArray, steps: number): number[] {
  let [front, back] = [input.copy(), zeros(input.size)];
  const step = makeStepper(0.2);
  const history: number[] = [];
  for (let k = 0; k < steps; k++) {
    step(front, back);
    history.push(back.sub(front).max());
    [front, back] = [back, front];
  }
  front.slice(":1").fill(0);
  history.push(front.sum());
  return history;
}

const profile = array([20, 20, 80, 95, 80, 20, 20, 20]);
const smooth = diffuse(profile, { steps: 25 });
const heated = diffuse(profile, { steps: 25, pinned: [0, 100] });

console.log("input:", profile.tolist());
console.log("smoothed:", smooth.tolist(), "heated:", heated.tolist());
console.log("energy in/out:", profile.sum(), smooth.sum());
console.log("residuals:", residualHistory(profile, 5).map((r) => r.toFixed(3)));
