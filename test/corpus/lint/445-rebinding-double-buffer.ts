// Learner notes on rebinding: x = x.mul(10) makes a new array, and a double-buffered heat diffusion swaps its two buffers each step.
import { array, zeros, NDArray } from "ndalias";

// ---- Note 1: rebinding ends an alias ----
const original = array([1, 2, 3, 4]);
let work: NDArray = original; // for now, work and original are the same array
console.log("work sum before:", work.sum());
work = work.mul(10); // mul() returns a NEW array, and work now names it
work.iadd(1); // only the new array changes
console.log("original:", original.tolist(), "work:", work.tolist());

// ---- Note 2: rebinding a view name ----
let middle: NDArray = original.slice("1:3");
console.log("middle of original:", middle.tolist());
middle = zeros(2); // middle no longer looks into original
middle.fill(7);
original.set(1, -2); // no other name looks into original any more
console.log("original:", original.tolist(), "middle:", middle.tolist());

// ---- Note 3: rebinding to a fresh buffer ----
let scratch: NDArray = original;
scratch = zeros(original.size);
scratch.set(0, original.get(0));
scratch.iadd(0.5);
console.log("scratch:", scratch.tolist(), "original:", original.tolist());

// ---- Note 4: double buffering (like swapping u and u_new in NumPy) ----
// cur and next never point at the same buffer: the swap just exchanges names.
function diffuse(initial: NDArray, steps: number): NDArray {
  let cur = initial.copy();
  let next = zeros(initial.size);
  const n = initial.size;
  for (let step = 0; step < steps; step++) {
    next.set(0, cur.get(0));
    next.set(n - 1, cur.get(n - 1));
    for (let i = 1; i < n - 1; i++) {
      next.set(i, (cur.get(i - 1) + cur.get(i) + cur.get(i + 1)) / 3);
    }
    [cur, next] = [next, cur];
  }
  return cur;
}

const rod = array([0, 0, 90, 0, 0]);
const heated = diffuse(rod, 3);
console.log("heat after 3 steps:", heated.tolist(), "initial rod:", rod.tolist());

// ---- Note 5: rebinding inside a loop of updates ----
let estimate = array([1, 1, 1]);
const target = array([3, 5, 7]);
for (let k = 0; k < 4; k++) {
  estimate = estimate.add(target.sub(estimate).mul(0.5));
}
console.log("estimate:", estimate.tolist(), "target:", target.tolist());
