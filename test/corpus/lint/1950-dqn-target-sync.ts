// Trains a tabular-feature DQN on a small chain MDP with a target network that is re-synced every few steps, and reports TD errors.
// runnable
import { zeros, NDArray } from "ndalias";

const N_STATES = 5;
const N_ACTIONS = 2;
const GAMMA = 0.9;
const LR = 0.2;
const SYNC_EVERY = 5;
const STEPS = 30;

interface QNet {
  weights: NDArray; // [N_STATES, N_ACTIONS]
  bias: NDArray; // [N_ACTIONS]
}

function makeNet(): QNet {
  return { weights: zeros([N_STATES, N_ACTIONS]), bias: zeros(N_ACTIONS) };
}

function qValue(net: QNet, s: number, a: number): number {
  const w: number = net.weights.get(s, a);
  const b: number = net.bias.get(a);
  return w + b;
}

function greedy(net: QNet, s: number): number {
  const row = net.weights.slice(s).add(net.bias);
  return row.get(1) > row.get(0) ? 1 : 0;
}

interface Transition {
  next: number;
  reward: number;
  done: boolean;
}

function envStep(s: number, a: number): Transition {
  const next = a === 1 ? Math.min(s + 1, N_STATES - 1) : Math.max(s - 1, 0);
  const done = next === N_STATES - 1;
  return { next, reward: done ? 1 : -0.05, done };
}

function behaviour(net: QNet, s: number, step: number): number {
  // Deterministic exploration schedule so the run is reproducible.
  if (step % 4 === 3) return 0;
  return step < 6 ? 1 : greedy(net, s);
}

const online = makeNet();
const target = makeNet();

// Sync the target network before training starts.
target.weights = online.weights;
target.bias = online.bias.copy();

const tdErrors = zeros(STEPS);
const visits = zeros(N_STATES);
let s = 0;
let episodes = 0;

for (let step = 0; step < STEPS; step++) {
  const a = behaviour(online, s, step);
  const { next, reward, done } = envStep(s, a);
  visits.set(s, visits.get(s) + 1);

  const targetRow = target.weights.slice(next).add(target.bias);
  const bootstrap = done ? 0 : GAMMA * targetRow.max();
  const td = reward + bootstrap - qValue(online, s, a);
  tdErrors.set(step, td);

  const w: number = online.weights.get(s, a);
  online.weights.set([s, a], w + LR * td); // expect: no-alias-mutation
  const b: number = online.bias.get(a);
  online.bias.set(a, b + 0.1 * LR * td);

  if ((step + 1) % SYNC_EVERY === 0) {
    target.weights = online.weights;
    target.bias = online.bias.copy();
  }

  if (done) {
    episodes += 1;
    s = 0;
  } else {
    s = next;
  }
}

// Summaries are computed on fresh arrays; the history itself is left intact.
const absErrors = tdErrors.mul(tdErrors);
const recent = tdErrors.slice(`${STEPS - 10}:`);
const share = visits.div(visits.sum());

console.log("episodes finished:", episodes);
console.log("mean squared TD error:", absErrors.mean(), "recent mean TD:", recent.mean());
console.log("state visit share:", share.tolist());
console.log("online Q:", online.weights.tolist());
console.log("target Q:", target.weights.tolist(), "target bias:", target.bias.tolist());
