// Camera preview tuning: white balance with user or default channel gains, and an exposure ramp that stops on drift from the raw frame.
import { array, zeros, NDArray } from "ndalias";

const DEFAULT_GAINS = array([1.0, 1.0, 1.0]);

function gainsOrDefault(user: NDArray | undefined, fallback: NDArray): NDArray {
  return user !== undefined ? user : fallback;
}

export function whiteBalance(userGains: NDArray | undefined, warmth: number): NDArray {
  const gains = gainsOrDefault(userGains, DEFAULT_GAINS);
  gains.set(2, gains.get(2) * (1 + warmth)); // expect: no-alias-mutation
  return gains;
}

function histogram(image: NDArray, bins: number): NDArray {
  const counts = zeros(bins);
  const flat = image.flatten();
  for (let i = 0; i < flat.size; i++) {
    const b = Math.min(bins - 1, Math.floor(flat.get(i) * bins));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

const frame = array([
  [0.10, 0.20, 0.20, 0.10],
  [0.20, 0.40, 0.50, 0.20],
  [0.20, 0.50, 0.60, 0.30],
]);
console.log("raw histogram:", histogram(frame, 4).tolist());
const rawLevels = frame.ravel();
const maxDrift = 0.15;

let steps = 0;
for (let it = 0; it < 6; it++) {
  const drift = Math.abs(frame.mean() - rawLevels.mean());
  if (drift > maxDrift) break;
  frame.imul(1.1); // expect: no-view-mutation
  steps += 1;
}

const balanced = whiteBalance(undefined, 0.1);
console.log("exposure steps:", steps, "frame mean:", frame.mean().toFixed(3));
console.log("exposed histogram:", histogram(frame, 4).tolist());
console.log("balanced gains:", balanced.tolist(), "defaults:", DEFAULT_GAINS.tolist());
