// Simulates heat diffusion along a rod with two swapped buffers, then reports the profile and an explicit step-by-step rerun.
import { array, zeros, NDArray } from "ndalias";

function diffuse(initial: NDArray, steps: number, alpha: number): NDArray {
  const n = initial.size;
  let front = initial.copy();
  let back = zeros(n);
  for (let t = 0; t < steps; t++) {
    back.set(0, front.get(0));
    back.set(n - 1, front.get(n - 1));
    for (let i = 1; i < n - 1; i++) {
      back.set(i, front.get(i) + alpha * (front.get(i - 1) - 2 * front.get(i) + front.get(i + 1)));
    }
    [front, back] = [back, front];
  }
  return front;
}

function diffuseFresh(initial: NDArray, steps: number, alpha: number): NDArray {
  let current = initial.copy();
  for (let t = 0; t < steps; t++) {
    const next = current.copy();
    for (let i = 1; i < next.size - 1; i++) {
      next.set(i, current.get(i) + alpha * (current.get(i - 1) - 2 * current.get(i) + current.get(i + 1)));
    }
    current = next;
  }
  return current;
}

const rod = array([100, 20, 20, 20, 20, 20, 0]);
const profile = diffuse(rod, 10, 0.25);
const check = diffuseFresh(rod, 10, 0.25);

const hotEnd = profile.slice(":3");
const coldEnd = profile.slice("-3:");
console.log("hot end mean:", hotEnd.mean().toFixed(2), "cold end mean:", coldEnd.mean().toFixed(2));

const gradient = profile.slice("1:").sub(profile.slice(":-1"));
gradient.imul(-1);
console.log("heat flux:", gradient.tolist());
console.log("profiles agree:", profile.sub(check).max() < 1e-9, "initial rod:", rod.tolist());
