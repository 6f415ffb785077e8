// Integrates 1-D heat diffusion with ping-pong buffers, refines the grid once mid-run and stops early when the profile settles.
import { array, zeros, NDArray } from "ndalias";

function refine(u: NDArray): NDArray {
  const fine = zeros(u.size * 2 - 1);
  fine.slice("::2").assign(":", u);
  fine.slice("1::2").assign(":", u.slice(":-1").add(u.slice("1:")).mul(0.5));
  return fine;
}

function diffuse(
  u0: NDArray,
  alpha: number,
  maxSteps: number,
  refineAt: number,
  tol: number,
): { profile: NDArray; steps: number; history: number[] } {
  let u = u0.copy();
  let next = zeros(u.size);
  let a = alpha;
  const history: number[] = [];
  let steps = 0;

  for (let s = 0; s < maxSteps; s++) {
    if (s === refineAt) {
      u = refine(u);
      next = zeros(u.size);
      a = Math.min(0.5, a * 4);
      console.log("refined to", u.size, "points at step", s);
    }

    const left = u.slice(":-2");
    const mid = u.slice("1:-1");
    const right = u.slice("2:");
    const lap = left.add(right).sub(mid.mul(2));
    const peak = mid.max();

    next.slice("1:-1").assign(":", mid.add(lap.mul(a)));
    next.set(0, u.get(0));
    next.set(next.size - 1, u.get(u.size - 1));

    const change = next.sub(u);
    const delta = Math.max(change.max(), -change.min());
    history.push(peak);
    [u, next] = [next, u];
    steps = s + 1;

    if (!Number.isFinite(delta)) {
      console.log("diverged at step", s);
      return { profile: u0.copy(), steps, history };
    }
    if (delta < tol) {
      break;
    }
  }
  return { profile: u, steps, history };
}

function hotSpots(profile: NDArray, threshold: number): number[] {
  const marks: number[] = [];
  let inRun = false;
  for (let i = 0; i < profile.size; i++) {
    const hot = profile.get(i) > threshold;
    if (hot && !inRun) {
      marks.push(i);
    }
    inRun = hot;
  }
  return marks;
}

function smoothEnds(profile: NDArray, width: number): void {
  const head = profile.slice(`:${width}`);
  head.assign(":", head.mean());
  const tail = profile.slice(`-${width}:`);
  tail.assign(":", tail.mean());
}

const rod = array([0, 0, 0, 10, 10, 0, 0, 0, 0, 5, 0]);
const { profile, steps, history } = diffuse(rod, 0.1, 400, 50, 1e-4);
console.log("steps:", steps, "peak history (every 25):", history.filter((_, i) => i % 25 === 0).map((p) => p.toFixed(3)));
console.log("hot spots:", hotSpots(profile, 1.0));

const display = profile.copy();
smoothEnds(display, 2);
display.imul(10);
console.log("display profile (x10):", (display.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));

const coarse = profile.size > rod.size ? profile.slice("::2").copy() : profile.copy();
coarse.isub(coarse.min());
console.log("coarse, shifted to zero:", coarse.tolist());
console.log("rod input kept:", rod.tolist());
