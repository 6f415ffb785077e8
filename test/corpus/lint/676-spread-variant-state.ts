// Derives experiment variants from a baseline training state with object spread, perturbs them, and compares their losses with the baseline.
import { array, zeros, NDArray } from "ndalias";

interface TrainState {
  weights: NDArray;
  bias: NDArray;
  signal: NDArray;
  lr: number;
  tag: string;
}

function makeBaseline(): TrainState {
  return {
    weights: array([0.5, -0.25, 0.75]),
    bias: zeros(3),
    signal: array([0.3, 0.9, 0.4, 1.2, 0.8, 0.5]),
    lr: 0.01,
    tag: "baseline",
  };
}

function loss(state: TrainState): number {
  const pred = state.weights.add(state.bias);
  const err = pred.sub(state.signal.slice(":3"));
  return err.mul(err).mean();
}

function describe(state: TrainState): string {
  return `${state.tag} (lr=${state.lr}): loss ${loss(state).toFixed(4)}`;
}

const baseline = makeBaseline();
const recent = baseline.signal.slice("-3:");
console.log(describe(baseline));

// variant A gets its own weights, but the bias vector still comes from the baseline
const variantA: TrainState = {
  ...baseline,
  tag: "variant-a",
  lr: 0.05,
  weights: baseline.weights.copy(),
};
variantA.weights.iadd(0.1);
variantA.bias.fill(0.2); // expect: no-alias-mutation

// variant B trains on a detrended signal
const variantB = { ...baseline, tag: "variant-b" };
const offset = variantB.signal.mean();
variantB.signal.isub(offset); // expect: no-view-mutation

console.log(describe(variantA));
console.log(describe(variantB));
console.log("variant A weights:", variantA.weights.tolist());
console.log("baseline bias:", baseline.bias.tolist());
console.log("recent baseline signal:", recent.tolist());
