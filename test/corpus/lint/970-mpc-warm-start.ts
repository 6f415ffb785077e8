// Receding-horizon controller for a planar hovering drone: random-shooting refinement, warm-started control sequence.
import { array, zeros, NDArray } from "ndalias";

const HORIZON = 8;
const DT = 0.1;
const GRAVITY = 9.81;

// State: [x, z, vx, vz]; control: [ax, thrust].
function stepModel(state: NDArray, control: NDArray): NDArray {
  const ax = control.get(0);
  const az = control.get(1) - GRAVITY;
  return array([
    state.get(0) + state.get(2) * DT,
    state.get(1) + state.get(3) * DT,
    state.get(2) + ax * DT,
    state.get(3) + az * DT,
  ]);
}

function rollout(x0: NDArray, plan: NDArray): NDArray {
  const traj = zeros([plan.shape[0] + 1, 4]);
  traj.assign(0, x0);
  let x = x0;
  for (let k = 0; k < plan.shape[0]; k++) {
    x = stepModel(x, plan.slice(k));
    traj.assign(k + 1, x);
  }
  return traj;
}

function cost(traj: NDArray, plan: NDArray, goal: NDArray): number {
  let c = 0;
  for (let k = 0; k < traj.shape[0]; k++) {
    const err = traj.slice(k, ":2").sub(goal);
    c += err.mul(err).sum();
  }
  const effort = plan.sub(array([0, GRAVITY]));
  return c + 0.01 * effort.mul(effort).sum();
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

// Cost of the plan after a random perturbation, compared by the caller against the unperturbed cost.
function perturbedCost(x0: NDArray, plan: NDArray, goal: NDArray, scale: number, rand: () => number): number {
  const candidate = plan.reshape(plan.size);
  for (let i = 0; i < candidate.size; i++) {
    candidate.set(i, candidate.get(i) + scale * (rand() - 0.5)); // expect: no-view-mutation
  }
  const perturbed = candidate.reshape(plan.shape[0], 2);
  return cost(rollout(x0, perturbed), perturbed, goal);
}

function refine(x0: NDArray, plan: NDArray, goal: NDArray, rand: () => number): NDArray {
  let best = plan.copy();
  let bestCost = cost(rollout(x0, best), best, goal);
  for (let trial = 0; trial < 16; trial++) {
    const trialPlan = best.copy();
    for (let i = 0; i < trialPlan.shape[0]; i++) {
      trialPlan.assign(i, trialPlan.slice(i).add(array([rand() - 0.5, rand() - 0.5])));
    }
    const c = cost(rollout(x0, trialPlan), trialPlan, goal);
    if (c < bestCost) {
      best = trialPlan;
      bestCost = c;
    }
  }
  return best;
}

const goal = array([1.0, 2.0]);
const rand = lcg(7);
let state = array([0, 1.5, 0, 0]);
let plan = zeros([HORIZON, 2]);
plan.assign(":, 1", GRAVITY);

for (let tick = 0; tick < 5; tick++) {
  plan = refine(state, plan, goal, rand);
  const baseline = cost(rollout(state, plan), plan, goal);
  const probe = perturbedCost(state, plan, goal, 0.5, rand);

  const command = plan.slice(0);
  // Warm start: shift the sequence one step and hold the last control.
  plan.assign(":-1", plan.slice("1:").copy()); // expect: no-view-mutation
  state = stepModel(state, command);
  console.log(`tick ${tick}: cost ${baseline.toFixed(3)} probe ${probe.toFixed(3)} state ${JSON.stringify(state.tolist())}`);
}

console.log("final plan:", plan.tolist());
