// Monte Carlo localisation of a robot in a corridor: particles are moved by odometry, weighted by a wall sonar and resampled.
import { array, linspace, zeros, NDArray } from "ndalias";

const CORRIDOR_LENGTH = 20;
// Distance to the side wall along the corridor (alcoves at 5-7 m and 13-14 m).
const wallDistance = (x: number): number => ((x > 5 && x < 7) || (x > 13 && x < 14) ? 2.5 : 1.0);

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

function likelihood(particles: NDArray, sonar: number, sigma: number): NDArray {
  const w = zeros(particles.size);
  for (let i = 0; i < particles.size; i++) {
    const d = sonar - wallDistance(particles.get(i));
    w.set(i, Math.exp((-d * d) / (2 * sigma * sigma)));
  }
  return w;
}

function normalise(weights: NDArray): void {
  const total = weights.sum();
  weights.astype("float64").idiv(total); // expect: no-lost-write
}

function effectiveSampleSize(weights: NDArray): number {
  const total = weights.sum();
  const p = weights.div(total);
  return 1 / p.mul(p).sum();
}

function resample(particles: NDArray, weights: NDArray, rand: () => number): NDArray {
  const n = particles.size;
  const total = weights.sum();
  const idx: number[] = [];
  const step = total / n;
  let u = rand() * step;
  let cumulative = weights.get(0);
  let j = 0;
  for (let i = 0; i < n; i++) {
    while (u > cumulative && j < n - 1) {
      j++;
      cumulative += weights.get(j);
    }
    idx.push(j);
    u += step;
  }
  return particles.take(idx);
}

function weightedMean(particles: NDArray, weights: NDArray): number {
  return particles.mul(weights).sum() / weights.sum();
}

function spread(particles: NDArray): number {
  const centred = particles.sub(particles.mean());
  return Math.sqrt(centred.mul(centred).mean());
}

const rand = lcg(42);
const N = 200;
let particles = linspace(0, CORRIDOR_LENGTH, N);
const moves = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
const sonar = [1.02, 0.98, 2.45, 2.52, 2.48, 0.97];

for (let k = 0; k < moves.length; k++) {
  const noise = zeros(N);
  for (let i = 0; i < N; i++) noise.set(i, moves[k] + 0.05 * gaussian(rand));
  particles = particles.add(noise);

  const weights = likelihood(particles, sonar[k], 0.2);
  normalise(weights);
  const estimate = weightedMean(particles, weights);
  const ess = effectiveSampleSize(weights);

  // Resample only when the weights have degenerated; jitter whichever set is carried forward.
  const next = ess < N / 2 ? resample(particles, weights, rand) : particles;
  const jitter = zeros(N);
  for (let i = 0; i < N; i++) jitter.set(i, 0.02 * gaussian(rand));
  next.iadd(jitter); // expect: no-alias-mutation
  console.log(`step ${k}: estimate ${estimate.toFixed(2)} m, ess ${ess.toFixed(1)}, prior spread ${spread(particles).toFixed(3)}`);
  particles = next;
}

const histogram = zeros(CORRIDOR_LENGTH);
for (let i = 0; i < N; i++) {
  const cell = Math.min(CORRIDOR_LENGTH - 1, Math.max(0, Math.floor(particles.get(i))));
  histogram.set(cell, histogram.get(cell) + 1);
}
console.log("particle histogram (per metre):", histogram.tolist());
console.log("final estimate:", particles.mean().toFixed(2), "spread:", spread(particles).toFixed(3));
