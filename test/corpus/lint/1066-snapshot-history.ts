// Simulates heat diffusion along a rod, keeping normalised frames for an animation and a per-frame energy log.
import { zeros, full, NDArray } from "ndalias";

interface Frame {
  step: number;
  field: NDArray;
}

function diffuse(u: NDArray, alpha: number): NDArray {
  const n = u.size;
  const next = u.copy();
  for (let i = 1; i < n - 1; i++) {
    const left = u.get(i - 1) as number;
    const mid = u.get(i) as number;
    const right = u.get(i + 1) as number;
    next.set(i, mid + alpha * (left - 2 * mid + right));
  }
  return next;
}

export function simulate(initial: NDArray, steps: number, alpha: number, every: number): Frame[] {
  const frames: Frame[] = [];
  let u = initial.copy();
  for (let s = 0; s < steps; s++) {
    u = diffuse(u, alpha);
    if (s % every === 0) {
      const frame = u.copy();
      frame.imul(255 / Math.max(u.max(), 1e-9));
      frames.push({ step: s, field: frame });
    }
  }
  return frames;
}

export function energyTrace(frames: Frame[]): NDArray[] {
  const squared: NDArray[] = [];
  for (const f of frames) {
    const e = f.field.astype("float64");
    e.imul(e);
    squared.push(e);
  }
  return squared;
}

export function hotSpots(frames: Frame[], window: number[]): NDArray[] {
  const peaks: NDArray[] = [];
  frames.forEach((f) => {
    const p = f.field.take(window);
    p.isub(p.min());
    peaks.push(p);
  });
  return peaks;
}

function boundaryFlux(frames: Frame[]): number[] {
  const flux: number[] = [];
  for (const f of frames) {
    const edges = f.field.take([0, 1, f.field.size - 2, f.field.size - 1]);
    edges.set(0, (edges.get(1) as number) - (edges.get(0) as number));
    edges.set(3, (edges.get(2) as number) - (edges.get(3) as number));
    flux.push((edges.get(0) as number) + (edges.get(3) as number));
  }
  return flux;
}

const rod = zeros(9);
rod.set(4, 100);
rod.set(3, 40);

// scratch buffer for a planned implicit solver; kept so the solver can be switched on later
const implicitScratch = full(9, 0);
implicitScratch.set(0, 1);

const frames = simulate(rod, 8, 0.2, 2);
const energies = energyTrace(frames);
const peaks = hotSpots(frames, [3, 4, 5]);
const flux = boundaryFlux(frames);

for (let k = 0; k < frames.length; k++) {
  const e = energies[k].sum();
  console.log(
    `step ${frames[k].step}: energy ${e.toFixed(1)} flux ${flux[k].toFixed(2)} peak profile`,
    peaks[k].tolist(),
  );
}

const cumulative: NDArray[] = [];
let running = zeros(9);
for (const f of frames) {
  running = running.add(f.field);
  const average = running.copy();
  average.idiv(cumulative.length + 1);
  cumulative.push(average);
}
console.log("time-averaged last frame:", cumulative[cumulative.length - 1].tolist());
console.log("initial rod:", rod.tolist());
