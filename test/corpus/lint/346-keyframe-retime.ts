// Animation clip: keyframes stored flat as [time, x, y, z, qx, qy, qz, qw] records, sampled by time and retimed for fast playback.
import { array, NDArray } from "ndalias";

const STRIDE = 8;
const raw = array([
  0.0, 0, 0, 0, 0, 0, 0, 1,
  0.5, 0, 1, 0, 0, 0.3827, 0, 0.9239,
  1.0, 0, 0, 2, 0, 0.7071, 0, 0.7071,
  1.5, 1, 0, 2, 0, 1, 0, 0,
]);
const keyframes = raw.reshape(raw.size / STRIDE, STRIDE);
const frameCount = keyframes.shape[0];

function samplePosition(frames: NDArray, t: number): number[] {
  const n = frames.shape[0];
  if (t <= frames.get(0, 0)) return [frames.get(0, 1), frames.get(0, 2), frames.get(0, 3)];
  for (let k = 1; k < n; k++) {
    const t1 = frames.get(k, 0);
    if (t <= t1) {
      const t0 = frames.get(k - 1, 0);
      const u = (t - t0) / (t1 - t0);
      return [1, 2, 3].map((c) => frames.get(k - 1, c) * (1 - u) + frames.get(k, c) * u);
    }
  }
  return [frames.get(n - 1, 1), frames.get(n - 1, 2), frames.get(n - 1, 3)];
}

console.log("clip duration:", keyframes.get(frameCount - 1, 0), "s over", frameCount, "keys");

// A sped-up copy for the dash animation.
const dash = keyframes.copy();
dash.slice(":", 0).imul(0.5);
console.log("dash duration:", dash.get(frameCount - 1, 0), "s");

// Fast-forward preview at double speed.
const speed = 2;
for (let i = 0; i < raw.size; i += STRIDE) {
  raw.set(i, raw.get(i) / speed); // expect: no-view-mutation
}
console.log("fast preview end time:", raw.get(raw.size - STRIDE));

const at = 0.6;
console.log(`position at ${at}s:`, samplePosition(keyframes, at));
console.log(`dash position at ${at}s:`, samplePosition(dash, at));
