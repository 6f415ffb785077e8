// Sensor preprocessing helpers: void and tagged helpers write their arguments on purpose, but two value-returning helpers modify the caller's frame directly or through a view of it.
import { array, NDArray } from "ndalias";

function removeDc(frame: NDArray): void {
  frame.isub(frame.mean());
}

/**
 * Clamps `out` to [lo, hi] in place and returns how many samples were clipped.
 * @ndalias write out
 */
function clampInto(out: NDArray, lo: number, hi: number): number {
  let clipped = 0;
  for (let i = 0; i < out.size; i++) {
    const v = out.get(i);
    if (v < lo || v > hi) {
      out.set(i, Math.min(hi, Math.max(lo, v)));
      clipped++;
    }
  }
  return clipped;
}

function normalisedPeak(frame: NDArray): NDArray {
  frame.idiv(Math.max(frame.max(), -frame.min()) || 1); // expect: no-alias-mutation
  return frame;
}

function warmupEnergy(frame: NDArray, n: number): number {
  const head = frame.slice(`0:${n}`);
  head.imul(head); // expect: no-view-mutation
  return head.sum();
}

function rms(frame: NDArray): number {
  const sq = frame.mul(frame);
  return Math.sqrt(sq.mean());
}

const frames = [array([1, 3, 5, 7, 9]), array([-2, 0, 2, 4, 6]), array([10, 10, 10, 10, 10])];
for (const f of frames) {
  removeDc(f);
  const clipped = clampInto(f, -3, 3);
  console.log("after dc/clamp:", f.tolist(), "clipped", clipped, "rms", rms(f).toFixed(3));
}

const probe = array([0.5, -4, 2, 1]);
const peak = normalisedPeak(probe);
console.log("peak-normalised:", peak.tolist(), "probe now:", probe.tolist());

const live = array([1, 2, 3, 4, 5, 6]);
console.log("warm-up energy:", warmupEnergy(live, 3), "live frame:", live.tolist());
