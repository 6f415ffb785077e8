// Memoises Hann analysis windows by length and uses them for tapered frame energies and a framed view of a short signal.
import { array, zeros, NDArray } from "ndalias";

const WINDOW_CACHE = new Map<number, NDArray>();
const cacheStats = { hits: 0, builds: 0 };

function hann(n: number): NDArray {
  const cached = WINDOW_CACHE.get(n);
  if (cached !== undefined) {
    cacheStats.hits++;
    return cached;
  }
  const w = zeros(n);
  for (let i = 0; i < n; i++) {
    w.set(i, 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)));
  }
  WINDOW_CACHE.set(n, w);
  cacheStats.builds++;
  return w;
}

function hannCopy(n: number): NDArray {
  return hann(n).copy();
}

export function taperedEnergy(frame: NDArray): number {
  const w = hann(frame.size);
  const tapered = frame.mul(w);
  return tapered.mul(tapered).sum();
}

// Emphasises the attack of a note by boosting the first half of the window.
export function attackEnergy(frame: NDArray, gain: number): number {
  const w = hann(frame.size);
  const attack = w.slice(`:${Math.floor(frame.size / 2)}`);
  attack.imul(gain); // expect: no-view-mutation
  const tapered = frame.mul(w);
  return tapered.mul(tapered).sum();
}

// Same measurement on a private copy of the window.
export function attackEnergySafe(frame: NDArray, gain: number): number {
  const w = hannCopy(frame.size);
  w.slice(`:${Math.floor(frame.size / 2)}`).imul(gain);
  const tapered = frame.mul(w);
  return tapered.mul(tapered).sum();
}

export function windowSymmetry(n: number): number {
  const w = hann(n);
  const mirrored = w.flip();
  return w.sub(mirrored).max();
}

export function frameLevels(framed: NDArray): NDArray {
  const rows = framed.shape[0];
  const levels = zeros(rows);
  for (let r = 0; r < rows; r++) {
    const row = framed.slice(r);
    levels.set(r, Math.sqrt(row.mul(row).mean()));
  }
  const loudest = levels.max();
  return loudest > 0 ? levels.div(loudest) : levels;
}

const signal = array([
  0.0, 0.4, 0.9, 0.5, -0.2, -0.7, -0.3, 0.1,
  0.6, 1.0, 0.4, -0.1, -0.8, -0.5, 0.0, 0.3,
]);

const frames = signal.reshape(4, 4);
for (let f = 0; f < 4; f++) {
  console.log(`frame ${f} energy:`, taperedEnergy(frames.slice(f)).toFixed(4));
}

const firstFrame = frames.slice(0);
console.log("first frame safe attack energy:", attackEnergySafe(firstFrame, 2).toFixed(4));
console.log("first frame attack energy:", attackEnergy(firstFrame, 2).toFixed(4));
console.log("relative frame levels:", frameLevels(frames).tolist());
console.log("window symmetry error:", windowSymmetry(4));

// Fade-in on the first frame for the preview plot.
const fadeIn = zeros(4);
for (let i = 0; i < 4; i++) fadeIn.set(i, i / 3);
firstFrame.imul(fadeIn); // expect: no-view-mutation
console.log("preview frame:", firstFrame.tolist());
console.log("signal total:", signal.sum(), "signal:", signal.tolist());
console.log("cache:", cacheStats, "cached lengths:", [...WINDOW_CACHE.keys()]);
