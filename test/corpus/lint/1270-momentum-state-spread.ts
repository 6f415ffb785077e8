// Fits a two-weight linear model with momentum SGD on immutable-style state records, then prepares a warm restart and a fine-tuning pass.
import { array, zeros, NDArray } from "ndalias";

interface OptimState {
  readonly params: NDArray;
  readonly velocity: NDArray;
  readonly step: number;
}

interface OptimOptions {
  lr?: number;
  beta?: number;
  clip?: number | null;
}

const DEFAULTS: Required<OptimOptions> = { lr: 0.05, beta: 0.9, clip: null };

function initState(size: number): OptimState {
  return { params: zeros(size), velocity: zeros(size), step: 0 };
}

function gradient(params: NDArray, xs: readonly NDArray[], ys: readonly number[]): NDArray {
  const grad = zeros(params.size);
  xs.forEach((x, i) => {
    const err = x.mul(params).sum() - ys[i];
    grad.iadd(x.mul((2 * err) / xs.length));
  });
  return grad;
}

function loss(params: NDArray, xs: readonly NDArray[], ys: readonly number[]): number {
  return (
    xs
      .map((x, i) => x.mul(params).sum() - ys[i])
      .reduce((acc, e) => acc + e * e, 0) / xs.length
  );
}

function step(state: OptimState, grad: NDArray, opts: OptimOptions = {}): OptimState {
  const { lr = DEFAULTS.lr, beta = DEFAULTS.beta, clip = DEFAULTS.clip } = opts;
  const velocity = state.velocity.mul(beta).add(grad);
  if (clip != null) {
    for (let i = 0; i < velocity.size; i++) {
      const v = velocity.get(i);
      velocity.set(i, Math.max(-clip, Math.min(clip, v)));
    }
  }
  return {
    ...state,
    params: state.params.sub(velocity.mul(lr)),
    velocity,
    step: state.step + 1,
  };
}

function describe({ params, velocity, step: n }: OptimState): string {
  const fmt = (a: NDArray) => (a.tolist() as number[]).map((v) => v.toFixed(3)).join(", ");
  return `step ${n}: params=[${fmt(params)}] velocity=[${fmt(velocity)}]`;
}

const xs = [array([1, 0]), array([0, 1]), array([1, 1]), array([2, 1])];
const ys = [2, -1, 1, 3];

let state = initState(2);
const history: number[] = [];
for (let epoch = 0; epoch < 30; epoch++) {
  state = step(state, gradient(state.params, xs, ys), { clip: 1 });
  history.push(loss(state.params, xs, ys));
}
console.log(describe(state));
console.log("loss curve:", history.filter((_, i) => i % 10 === 0).map((l) => l.toFixed(4)));

// A warm copy keeps half of the momentum; its velocity is a fresh buffer.
const warm: OptimState = { ...state, velocity: state.velocity.copy(), step: 0 };
warm.velocity.imul(0.5);
console.log("warm restart velocity:", warm.velocity.tolist(), describe(warm));

// A cold restart should forget the momentum but keep the learned weights.
const restart: OptimState = { ...state, step: 0 };
restart.velocity.fill(0); // expect: no-alias-mutation
const resumed = step(restart, gradient(restart.params, xs, ys));
console.log("resumed:", describe(resumed));
console.log("live momentum norm:", Math.sqrt(state.velocity.mul(state.velocity).sum()));

// Optional externally supplied starting point for fine-tuning; falls back to the live weights.
const override: NDArray | undefined = process.env.FINETUNE_INIT
  ? array(process.env.FINETUNE_INIT.split(",").map(Number))
  : undefined;
const start = override ?? state.params;
start.imul(0.9); // expect: no-alias-mutation

let tuned: OptimState = { ...initState(2), params: start };
for (let epoch = 0; epoch < 5; epoch++) {
  tuned = step(tuned, gradient(tuned.params, xs, ys), { lr: 0.01 });
}
console.log("fine-tuned:", describe(tuned));
console.log("final live loss:", loss(state.params, xs, ys).toFixed(4));
