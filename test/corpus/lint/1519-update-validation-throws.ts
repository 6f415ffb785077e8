// Validates optimiser updates before applying them to model weights, rejecting bad updates with exceptions and leaving the weights untouched.
import { array, zeros, NDArray, ShapeError } from "ndalias";

class InvalidUpdateError extends Error {
  constructor(message: string, readonly offending: number) {
    super(message);
    this.name = "InvalidUpdateError";
  }
}

function firstNonFinite(v: NDArray): number {
  for (let i = 0; i < v.size; i++) {
    if (!Number.isFinite(v.get(i))) return i;
  }
  return -1;
}

function validateUpdate(weights: NDArray, update: NDArray, maxNorm: number): void {
  if (update.size !== weights.size) {
    throw new ShapeError(`update has ${update.size} elements, weights have ${weights.size}`);
  }
  const bad = firstNonFinite(update);
  if (bad >= 0) throw new InvalidUpdateError(`update[${bad}] is not finite`, bad);
  const norm = Math.sqrt(update.mul(update).sum());
  if (norm > maxNorm) throw new InvalidUpdateError(`update norm ${norm.toFixed(3)} exceeds ${maxNorm}`, norm);
}

// Applies a validated step to the weights it is handed; the caller owns them.
function applyStep(weights: NDArray, update: NDArray, lr: number): void {
  validateUpdate(weights, update, 10);
  const step = update.mul(lr);
  weights.isub(step);
}

// Returns a new, clipped version of an update; the update passed in is not modified.
function clipped(update: NDArray, maxAbs: number): NDArray {
  if (maxAbs <= 0) throw new RangeError(`maxAbs must be positive, got ${maxAbs}`);
  const out = update.copy();
  for (let i = 0; i < out.size; i++) {
    const u = out.get(i);
    if (u > maxAbs) out.set(i, maxAbs);
    else if (u < -maxAbs) out.set(i, -maxAbs);
  }
  return out;
}

// Scores a candidate step on a scratch copy and reports the resulting loss.
function lossAfter(weights: NDArray, update: NDArray, target: NDArray): number {
  const trial = weights.copy();
  trial.isub(update);
  const err = trial.sub(target);
  return err.mul(err).mean();
}

const weights = array([0.4, -1.2, 0.9, 0.05]);
const target = array([0.5, -1.0, 1.0, 0.0]);
const momentum = zeros(4);

const updates: NDArray[] = [
  array([0.01, -0.02, 0.03, 0.0]),
  array([0.5, NaN, 0.1, 0.2]),
  array([40, -35, 12, 3]),
  array([0.02, 0.01]),
];

for (const [n, update] of updates.entries()) {
  try {
    applyStep(weights, update, 1.0);
    console.log(`update ${n} applied, loss now ${lossAfter(weights, zeros(4), target).toFixed(4)}`);
  } catch (err) {
    if (err instanceof InvalidUpdateError || err instanceof ShapeError) {
      console.log(`update ${n} rejected (${err.message}); weights kept at ${JSON.stringify(weights.tolist())}`);
      continue;
    }
    throw err;
  }
  momentum.imul(0.9);
  momentum.iadd(update);
}

// A rejected clip leaves the raw update in use; a successful one replaces it.
let pending: NDArray = array([3.5, -0.2, 0.7, -4.1]);
try {
  pending = clipped(pending, 1.0);
  pending.imul(0.5);
} catch (err) {
  console.log("clip failed:", (err as Error).message);
}
console.log("pending step:", pending.tolist());
console.log("loss if applied:", lossAfter(weights, pending, target).toFixed(4));

// The middle block is bumped only when the configured scale passes validation.
function requirePositive(x: number, what: string): number {
  if (!(x > 0)) throw new RangeError(`${what} must be positive, got ${x}`);
  return x;
}
const frozen = array([1, 1, 1, 1]);
const middle = frozen.slice("1:3");
const scale = Number(process.env.BUMP_SCALE ?? "-2");
let scaleError: Error | null = null;
try {
  requirePositive(scale, "scale");
} catch (err) {
  scaleError = err as Error;
}
if (scaleError !== null) {
  console.log("bump rejected:", scaleError.message, "frozen:", frozen.tolist());
} else {
  middle.imul(scale);
  console.log("bumped middle:", middle.tolist());
}
console.log("momentum:", momentum.tolist(), "weights:", weights.tolist());
