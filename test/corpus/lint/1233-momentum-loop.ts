// Runs heavy-ball gradient descent on a small quadratic, logs how much the velocity changed per step and tracks the best iterate.
import { array, zeros, NDArray } from "ndalias";

const target = array([1, -2, 0.5]);
const curvature = array([2, 1, 4]);

function gradient(p: NDArray): NDArray {
  return p.sub(target).mul(curvature);
}

function loss(p: NDArray): number {
  const d = p.sub(target);
  return d.mul(d).mul(curvature).sum() / 2;
}

// --- heavy ball ------------------------------------------------------------
const params = zeros(3);
const velocity = zeros(3);
const previousVelocity = velocity; // last step's velocity, for the drift log
let best = params.copy();
let bestLoss = loss(best);

for (let step = 0; step < 30; step++) {
  const g = gradient(params);
  const drift = velocity.sub(previousVelocity);
  velocity.imul(0.9); // expect: no-alias-mutation
  velocity.isub(g.mul(0.1)); // expect: no-alias-mutation
  params.iadd(velocity);
  const current = loss(params);
  if (current < bestLoss) {
    bestLoss = current;
    best = params.copy();
  }
  if (step % 10 === 0) {
    console.log(`step ${step}: loss=${current.toFixed(4)} drift=${drift.sum().toFixed(4)}`);
  }
}
console.log("heavy ball best:", best.tolist(), "loss", bestLoss.toFixed(6));

// --- Nesterov, with an explicit copy of the previous velocity ---------------
const x = zeros(3);
const v = zeros(3);
let prevV = v.copy();
for (let step = 0; step < 30; step++) {
  const lookahead = x.add(v.mul(0.9));
  const g = gradient(lookahead);
  const change = v.sub(prevV);
  prevV = v.copy();
  v.imul(0.9);
  v.isub(g.mul(0.1));
  x.iadd(v);
  if (step % 10 === 0) {
    console.log(`nesterov ${step}: loss=${loss(x).toFixed(4)} change=${change.sum().toFixed(4)}`);
  }
}
console.log("nesterov final:", x.tolist());

// --- plain gradient descent with a step size schedule -----------------------
let w = zeros(3);
let lr = 0.4;
for (let step = 0; step < 40; step++) {
  const candidate = w.sub(gradient(w).mul(lr));
  if (loss(candidate) > loss(w)) {
    lr /= 2;
    continue;
  }
  w = candidate;
  w.set(0, Math.min(w.get(0), 5));
}
console.log("gd final:", w.tolist(), "lr", lr);

// --- averaged iterate: running mean updated under its own name -------------
const avg = zeros(3);
const iterate = zeros(3);
for (let k = 1; k <= 20; k++) {
  iterate.isub(gradient(iterate).mul(0.2));
  avg.imul((k - 1) / k);
  avg.iadd(iterate.div(k));
}
console.log("averaged:", avg.tolist(), "last iterate:", iterate.tolist());
console.log("distance to target:", Math.sqrt(avg.sub(target).mul(avg.sub(target)).sum()).toFixed(5));
