// Online learning for a click-through model served by replicas: momentum SGD with preview steps, Adagrad user embeddings, and leader/follower weight sync.
import { array, zeros, full, NDArray } from "ndalias";

export interface OptimizerState {
  velocity: NDArray;
  step: number;
}

export interface UserModel {
  userId: string;
  embedding: NDArray;
  updates: number;
}

const L2 = 1e-3;
const GRAD_CLIP = 1.0;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function logisticGradient(x: NDArray, y: number, w: NDArray): { grad: NDArray; loss: number } {
  const p = sigmoid(x.mul(w).sum());
  const grad = x.mul(p - y);
  grad.iadd(w.mul(L2));
  const loss = -(y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12));
  return { grad, loss };
}

export function clipByNorm(g: NDArray, maxNorm: number): NDArray {
  const norm = Math.sqrt(g.mul(g).sum());
  if (norm <= maxNorm) {
    return g.copy();
  }
  const clipped = g.copy();
  clipped.imul(maxNorm / norm);
  return clipped;
}

export function newOptimizerState(dim: number): OptimizerState {
  return { velocity: zeros(dim), step: 0 };
}

/** Commits one momentum step into the optimizer state and the weights it was given. */
export function momentumStep(weights: NDArray, grad: NDArray, state: OptimizerState, lr: number, beta: number): void {
  state.velocity.imul(beta);
  state.velocity.iadd(grad);
  weights.isub(state.velocity.mul(lr));
  state.step += 1;
}

/** The weights one momentum step would produce, for shadow evaluation; nothing is committed. */
export function previewStep(weights: NDArray, grad: NDArray, state: OptimizerState, lr: number, beta: number): NDArray {
  state.velocity.imul(beta); // expect: no-alias-mutation
  const v = state.velocity.add(grad);
  return weights.sub(v.mul(lr));
}

/** Adagrad update of a user's embedding; the caller hands over the model to update. */
export function adagradUserUpdate(user: UserModel, grad: NDArray, accum: NDArray, lr: number): void {
  accum.iadd(grad.mul(grad));
  const denom = zeros(accum.size);
  for (let i = 0; i < accum.size; i++) {
    denom.set(i, Math.sqrt(accum.get(i)) + 1e-8);
  }
  user.embedding.isub(grad.mul(lr).div(denom));
  user.updates += 1;
}

export class OnlineLearner {
  readonly weights: NDArray;
  readonly gradSq: NDArray;
  private seen = 0;

  constructor(dim: number, init = 0) {
    this.weights = full(dim, init);
    this.gradSq = zeros(dim);
  }

  /** One Adagrad step on a labelled impression; returns the loss before the step. */
  update(x: NDArray, y: number, lr: number): number {
    const before = this.weights;
    const { grad, loss } = logisticGradient(x, y, before);
    const g = clipByNorm(grad, GRAD_CLIP);
    this.gradSq.iadd(g.mul(g));
    for (let i = 0; i < g.size; i++) {
      const step = (lr * g.get(i)) / (Math.sqrt(this.gradSq.get(i)) + 1e-8);
      this.weights.set(i, this.weights.get(i) - step);
    }
    this.seen += 1;
    return loss;
  }

  predict(x: NDArray): number {
    return sigmoid(x.mul(this.weights).sum());
  }

  hotWeights(ids: number[]): NDArray {
    return this.weights.take(ids);
  }

  get examplesSeen(): number {
    return this.seen;
  }
}

export class ModelReplica {
  weights: NDArray;
  primary: ModelReplica | null = null;
  version = 0;

  constructor(readonly name: string, dim: number) {
    this.weights = zeros(dim);
  }

  sync(): number {
    const leader = this.primary;
    if (leader === null || leader === this) {
      return this.version;
    }
    this.weights.assign(":", leader.weights);
    this.version = leader.version;
    return this.version;
  }

  score(x: NDArray): number {
    return sigmoid(x.mul(this.weights).sum());
  }
}

export function promote(replica: ModelReplica): void {
  replica.primary = replica; // expect: no-reference-cycle
  replica.version += 1;
}

export function follow(follower: ModelReplica, leader: ModelReplica): void {
  follower.primary = leader;
}

// --- a short stream of impressions -------------------------------------------

const DIM = 4;
const stream: Array<[number[], number]> = [
  [[1, 0.2, 0.0, 0.5], 1],
  [[1, 0.9, 0.3, 0.0], 0],
  [[1, 0.1, 0.8, 0.4], 1],
  [[1, 0.7, 0.1, 0.9], 0],
  [[1, 0.3, 0.6, 0.2], 1],
];

const learner = new OnlineLearner(DIM);
let totalLoss = 0;
for (const [features, label] of stream) {
  totalLoss += learner.update(array(features), label, 0.5);
}
console.log("mean online loss:", (totalLoss / stream.length).toFixed(4), "examples:", learner.examplesSeen);
console.log("hot weights:", learner.hotWeights([1, 2]).tolist());

// Momentum model trained side by side, with a shadow preview before each commit.
const momentumWeights = zeros(DIM);
const opt = newOptimizerState(DIM);
for (const [features, label] of stream) {
  const x = array(features);
  const { grad } = logisticGradient(x, label, momentumWeights);
  const clipped = clipByNorm(grad, GRAD_CLIP);
  const shadow = previewStep(momentumWeights, clipped, opt, 0.3, 0.9);
  const shadowGain = sigmoid(x.mul(shadow).sum()) - sigmoid(x.mul(momentumWeights).sum());
  if (Math.abs(shadowGain) < 0.5) {
    momentumStep(momentumWeights, clipped, opt, 0.3, 0.9);
  }
}
console.log("momentum weights:", momentumWeights.tolist(), "steps:", opt.step, "velocity:", opt.velocity.tolist());

// Per-user embeddings with their own Adagrad accumulators.
const users: UserModel[] = [
  { userId: "u-1", embedding: array([0.1, 0.2, 0.0, 0.1]), updates: 0 },
  { userId: "u-2", embedding: array([0.0, 0.1, 0.3, 0.2]), updates: 0 },
];
const accumulators = users.map((u) => zeros(u.embedding.size));
for (let k = 0; k < stream.length; k++) {
  const slot = k % users.length;
  const [features, label] = stream[k];
  const { grad } = logisticGradient(array(features), label, users[slot].embedding);
  adagradUserUpdate(users[slot], grad, accumulators[slot], 0.1);
}
for (const u of users) {
  console.log(u.userId, "updates:", u.updates, "embedding:", (u.embedding.tolist() as number[]).map((v) => v.toFixed(3)));
}

// --- replica set --------------------------------------------------------------

const leader = new ModelReplica("leader", DIM);
leader.weights.assign(":", learner.weights);
promote(leader);
const followers = [new ModelReplica("edge-eu", DIM), new ModelReplica("edge-us", DIM)];
for (const f of followers) {
  follow(f, leader);
}
const probe = array([1, 0.5, 0.5, 0.5]);
console.log("before sync:", followers.map((f) => f.score(probe).toFixed(4)));
for (const f of followers) {
  f.sync();
}
console.log("after sync:", followers.map((f) => `${f.name}@v${f.version}=${f.score(probe).toFixed(4)}`).join(" "));
console.log("leader score:", leader.score(probe).toFixed(4), "learner score:", learner.predict(probe).toFixed(4));

// Canary: a private copy of the leader weights with the bias term nudged.
const canary = leader.weights.copy();
canary.slice(0).iadd(0.05);
console.log("canary score:", sigmoid(probe.mul(canary).sum()).toFixed(4));
