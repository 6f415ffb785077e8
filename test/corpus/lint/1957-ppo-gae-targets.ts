// Computes GAE advantages and value targets for a PPO rollout, normalises the advantages and reports the minibatch losses.
import { array, zeros, NDArray } from "ndalias";

const GAMMA = 0.99;
const LAMBDA = 0.95;
const CLIP = 0.2;

interface Rollout {
  rewards: NDArray;
  values: NDArray; // V(s_t) for t = 0..T (one extra bootstrap entry)
  dones: NDArray;
  logProbsOld: NDArray;
  logProbsNew: NDArray;
}

function gae(r: Rollout, gamma: number, lam: number): NDArray {
  const T = r.rewards.size;
  const adv = zeros(T);
  let last = 0;
  for (let t = T - 1; t >= 0; t--) {
    const notDone = 1 - r.dones.get(t);
    const delta = r.rewards.get(t) + gamma * r.values.get(t + 1) * notDone - r.values.get(t);
    last = delta + gamma * lam * notDone * last;
    adv.set(t, last);
  }
  return adv;
}

/** Value-function regression targets: advantages plus the baseline values. */
function valueTargets(advantages: NDArray, values: NDArray): NDArray {
  advantages.iadd(values.slice(":-1")); // expect: no-alias-mutation
  return advantages;
}

function clippedSurrogate(ratio: NDArray, adv: NDArray, clip: number): number {
  let total = 0;
  for (let i = 0; i < ratio.size; i++) {
    const rho: number = ratio.get(i);
    const a: number = adv.get(i);
    const clipped = Math.min(Math.max(rho, 1 - clip), 1 + clip);
    total += Math.min(rho * a, clipped * a);
  }
  return -total / ratio.size;
}

function expRatio(logNew: NDArray, logOld: NDArray): NDArray {
  const diff = logNew.sub(logOld);
  const out = zeros(diff.size);
  for (let i = 0; i < diff.size; i++) out.set(i, Math.exp(diff.get(i)));
  return out;
}

const rollout: Rollout = {
  rewards: array([0, 0, 1, 0, 0, 0, 1, 0]),
  values: array([0.4, 0.5, 0.8, 0.3, 0.2, 0.5, 0.9, 0.1, 0.3]),
  dones: array([0, 0, 1, 0, 0, 0, 0, 1]),
  logProbsOld: array([-1.1, -0.9, -1.3, -1.0, -0.7, -1.2, -0.8, -1.0]),
  logProbsNew: array([-1.0, -0.95, -1.1, -1.05, -0.6, -1.25, -0.7, -0.9]),
};

const advantages = gae(rollout, GAMMA, LAMBDA);
const returns = valueTargets(advantages, rollout.values);

// Advantage normalisation over the whole rollout.
const flatAdv = advantages.reshape(advantages.size);
const advMean = flatAdv.mean();
const centred = flatAdv.sub(advMean);
const advStd = Math.sqrt(centred.mul(centred).mean()) + 1e-8;
flatAdv.isub(advMean); // expect: no-view-mutation
const normAdv = flatAdv.div(advStd);

// Two minibatches of four steps each.
const ratio = expRatio(rollout.logProbsNew, rollout.logProbsOld);
const losses: number[] = [];
for (let start = 0; start < ratio.size; start += 4) {
  const span = `${start}:${start + 4}`;
  const policyLoss = clippedSurrogate(ratio.slice(span), normAdv.slice(span), CLIP);
  const valueErr = rollout.values.slice(span).sub(returns.slice(span));
  const valueLoss = valueErr.mul(valueErr).mean();
  losses.push(policyLoss + 0.5 * valueLoss);
}

console.log("minibatch losses:", losses.map((l) => l.toFixed(4)).join(", "));
console.log("value targets:", returns.tolist());
console.log("raw advantage sum:", advantages.sum().toFixed(4));
