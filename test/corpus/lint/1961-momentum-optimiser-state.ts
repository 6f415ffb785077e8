// Trains a softmax actor with a functional momentum optimiser and an RMSprop critic optimiser whose moment arrays live on the object.
import { zeros, array, NDArray } from "ndalias";

interface MomentumState {
  velocity: NDArray;
  steps: number;
}

/** Functional momentum step: returns new parameters and replaces the velocity with a new array. */
function momentumStep(state: MomentumState, params: NDArray, grads: NDArray, lr: number, mu = 0.9): NDArray {
  state.velocity = state.velocity.mul(mu).add(grads);
  state.steps += 1;
  return params.sub(state.velocity.mul(lr));
}

class RMSprop {
  private sq: NDArray;
  private updates = 0;

  constructor(size: number, readonly lr = 0.05, readonly decay = 0.9) {
    this.sq = zeros(size);
  }

  /** Updates the running squared-gradient average and returns the step to add to the parameters. */
  direction(grads: NDArray): NDArray {
    this.sq.imul(this.decay);
    this.sq.iadd(grads.mul(grads).mul(1 - this.decay));
    this.updates += 1;
    const step = grads.mul(-this.lr);
    for (let i = 0; i < step.size; i++) {
      step.set(i, step.get(i) / (Math.sqrt(this.sq.get(i)) + 1e-8));
    }
    return step;
  }

  meanSquare(): number {
    return this.sq.mean();
  }
}

function softmax(x: NDArray): NDArray {
  const e = x.sub(x.max());
  for (let i = 0; i < e.size; i++) e.set(i, Math.exp(e.get(i)));
  return e.div(e.sum());
}

const ARM_REWARD = [0.1, 0.6, 0.3, 0.8];
const actorState: MomentumState = { velocity: zeros(4), steps: 0 };
let logits = zeros(4);
let critic = array([0, 0]); // [bias, slope on step fraction]
const criticOpt = new RMSprop(2);
const valueLog = zeros(40);

for (let step = 0; step < 40; step++) {
  const probs = softmax(logits);
  const arm = step % 4;
  const reward = ARM_REWARD[arm];
  const x = step / 40;
  const value = critic.get(0) + critic.get(1) * x;
  const advantage = reward - value;
  valueLog.set(step, value);

  // Gradient of the expected advantage-weighted log-probability.
  const onehot = zeros(4);
  onehot.set(arm, 1);
  const actorGrad = onehot.sub(probs).mul(-advantage * probs.get(arm));
  logits = momentumStep(actorState, logits, actorGrad, 0.5);

  const criticGrad = array([-advantage, -advantage * x]);
  critic = critic.add(criticOpt.direction(criticGrad));
}

const probs = softmax(logits);
const bias: number = critic.get(0);
const slope: number = critic.get(1);
console.log("policy:", (probs.tolist() as number[]).map((p) => p.toFixed(3)).join(" "));
console.log("critic bias/slope:", bias.toFixed(3), slope.toFixed(3));
console.log("actor steps:", actorState.steps, "velocity:", actorState.velocity.tolist());
console.log("critic mean square gradient:", criticOpt.meanSquare().toFixed(5));
console.log("value estimates, first and last:", valueLog.get(0), valueLog.get(39));
