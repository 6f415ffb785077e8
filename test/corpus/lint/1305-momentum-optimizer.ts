// Fits module-level weights with momentum SGD, keeping a snapshot of the initial weights to report how far training drifted.
import { array, zeros, NDArray } from "ndalias";

const LEARNING_RATE = 0.05;
const MOMENTUM = 0.9;

const weights = array([0.5, -1.2, 0.8, 0.1]);
const initialWeights = weights.copy();
const velocity = zeros(4);
const grads = zeros(4);
const target = array([1.0, 0.0, -0.5, 0.25]);
const lossHistory: number[] = [];

function loss(): number {
  const diff = weights.sub(target);
  return diff.mul(diff).sum();
}

function computeGradients(): void {
  const diff = weights.sub(target);
  diff.imul(2);
  grads.assign(":", diff);
}

function clearGradients(): void {
  grads.flatten().fill(0); // expect: no-lost-write
}

function step(): number {
  velocity.imul(MOMENTUM);
  velocity.iadd(grads.mul(LEARNING_RATE));
  weights.isub(velocity);
  const l = loss();
  lossHistory.push(l);
  return l;
}

function drift(): number {
  const d = weights.sub(initialWeights);
  return Math.sqrt(d.mul(d).sum());
}

function perturbed(scale: number): NDArray {
  const candidate = weights.copy();
  for (let i = 0; i < candidate.size; i++) {
    candidate.set(i, candidate.get(i) + scale * Math.sin(i + 1));
  }
  return candidate;
}

function lossOf(candidate: NDArray): number {
  const diff = candidate.sub(target);
  return diff.mul(diff).sum();
}

function restoreInitial(): void {
  weights.assign(":", initialWeights);
  velocity.fill(0);
  grads.fill(0);
}

function fmt(v: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < v.size; i++) {
    parts.push(v.get(i).toFixed(3));
  }
  return `[${parts.join(", ")}]`;
}

function train(epochs: number): number {
  let last = loss();
  for (let e = 0; e < epochs; e++) {
    computeGradients();
    last = step();
    clearGradients();
  }
  return last;
}

console.log("initial loss:", loss().toFixed(4));
const finalLoss = train(25);
console.log("final loss:", finalLoss.toFixed(5), "drift:", drift().toFixed(4));
console.log("weights:", fmt(weights));
console.log("initial snapshot:", initialWeights.tolist());

const probe = perturbed(0.01);
console.log("loss at perturbed weights:", lossOf(probe).toFixed(5));

const halfway = lossHistory[Math.floor(lossHistory.length / 2)];
console.log("loss halfway through training:", halfway.toFixed(5));

const trained = weights.copy();
restoreInitial();
console.log("restored loss:", loss().toFixed(4), "drift after restore:", drift());
console.log("trained weights kept aside:", fmt(trained));
console.log("gradient buffer:", grads.tolist(), "velocity:", velocity.tolist());
