// 1-D heat diffusion with an IIFE-built double buffer that swaps each step, and preprocessing stages that rebind their working arrays.
import { array, zeros, NDArray } from "ndalias";

const Diffusion = (() => {
  let front = zeros(8);
  let back = zeros(8);
  let steps = 0;

  return {
    load(initial: NDArray): void {
      front.assign(":", initial);
      back.fill(0);
      steps = 0;
    },
    step(alpha: number): number {
      const n = front.size;
      for (let i = 1; i < n - 1; i++) {
        const lap = front.get(i - 1) - 2 * front.get(i) + front.get(i + 1);
        back.set(i, front.get(i) + alpha * lap);
      }
      back.set(0, front.get(0));
      back.set(n - 1, front.get(n - 1));
      [front, back] = [back, front];
      steps++;
      return front.sum();
    },
    snapshot(): NDArray {
      return front.copy();
    },
    stepsTaken(): number {
      return steps;
    },
  };
})();

const Stages = {
  passthrough(x: NDArray): NDArray {
    return x;
  },
  checked(x: NDArray): NDArray {
    if (x.size === 0) throw new RangeError("empty temperature profile");
    return Stages.passthrough(x);
  },
  kelvin(x: NDArray): NDArray {
    return x.add(273.15);
  },
};

function preprocess(raw: NDArray): NDArray {
  let work = Stages.checked(raw);
  work = work.sub(work.min());
  work.idiv(work.max() || 1);
  return work;
}

function boundaryProfile(raw: NDArray): NDArray {
  let scratch: NDArray = Stages.passthrough(raw);
  scratch = zeros(raw.size);
  scratch.set(0, raw.get(0));
  scratch.set(raw.size - 1, raw.get(raw.size - 1));
  return scratch;
}

function inKelvin(raw: NDArray): NDArray {
  let profile = Stages.checked(raw);
  profile = Stages.kelvin(profile);
  profile.isub(0.15);
  return profile;
}

const measured = array([80, 20, 20, 20, 20, 20, 20, 60]);
const unit = preprocess(measured);
console.log("normalised profile:", unit.tolist());

const boundary = boundaryProfile(measured);
console.log("boundary-only profile:", boundary.tolist());
console.log("kelvin (rounded):", inKelvin(measured).tolist());

Diffusion.load(measured);
let total = 0;
for (let k = 0; k < 5; k++) {
  total = Diffusion.step(0.25);
}
console.log(`after ${Diffusion.stepsTaken()} steps, heat=${total.toFixed(2)}`);
console.log("profile:", Diffusion.snapshot().tolist());

// Two local buffers swapped by destructuring: they never share memory.
let current = measured.copy();
let next = zeros(measured.size);
for (let k = 0; k < 3; k++) {
  for (let i = 0; i < current.size; i++) {
    const left = current.get(Math.max(0, i - 1));
    const right = current.get(Math.min(current.size - 1, i + 1));
    next.set(i, (left + current.get(i) + right) / 3);
  }
  [current, next] = [next, current];
}
console.log("box-smoothed:", current.tolist(), "measured:", measured.tolist());
