// Runs double-buffered value iteration on a gridworld, then fits a critic with a Polyak-averaged target copy and prints both.
import { zeros, full, NDArray } from "ndalias";

const SIZE = 4;
const N = SIZE * SIZE;
const GAMMA = 0.9;
const GOAL = N - 1;
const TAU = 0.1;

function neighbours(s: number): number[] {
  const r = Math.floor(s / SIZE);
  const c = s % SIZE;
  const out: number[] = [];
  if (r > 0) out.push(s - SIZE);
  if (r < SIZE - 1) out.push(s + SIZE);
  if (c > 0) out.push(s - 1);
  if (c < SIZE - 1) out.push(s + 1);
  return out;
}

function reward(next: number): number {
  return next === GOAL ? 1 : -0.04;
}

// Two value tables: `front` is read, `back` is written, then they swap.
let front = zeros(N);
let back = zeros(N);
let sweeps = 0;
let delta = Infinity;

while (delta > 1e-4 && sweeps < 200) {
  for (let s = 0; s < N; s++) {
    if (s === GOAL) {
      back.set(s, 0);
      continue;
    }
    let best = -Infinity;
    for (const n of neighbours(s)) {
      best = Math.max(best, reward(n) + GAMMA * front.get(n));
    }
    back.set(s, best);
  }
  const diff = back.sub(front);
  delta = Math.max(diff.max(), -diff.min());
  [front, back] = [back, front];
  sweeps += 1;
}
console.log(`value iteration converged after ${sweeps} sweeps`);
console.log("V*:", front.reshape(SIZE, SIZE).tolist());

// Critic: tabular values fitted by TD(0) toward a slowly moving target copy.
const critic = { values: full(N, 0.5) };
const target = { values: critic.values.copy() };
const tdHistory = zeros(50);

let state = 0;
for (let step = 0; step < 50; step++) {
  const options = neighbours(state);
  const next = options[step % options.length];
  const bootstrap = next === GOAL ? 0 : GAMMA * target.values.get(next);
  const td = reward(next) + bootstrap - critic.values.get(state);
  tdHistory.set(step, td);

  critic.values.set(state, critic.values.get(state) + 0.5 * td);

  // Polyak update of the target copy, through its own path.
  target.values.imul(1 - TAU);
  target.values.iadd(critic.values.mul(TAU));

  state = next === GOAL ? 0 : next;
}

function gap(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

console.log("critic vs V*:", gap(critic.values, front).toFixed(4));
console.log("target vs critic:", gap(target.values, critic.values).toFixed(4));
console.log("mean |TD| over last 10 steps:", tdHistory.slice("-10:").mul(tdHistory.slice("-10:")).mean().toFixed(5));
console.log("target values:", target.values.reshape(SIZE, SIZE).tolist());
