// Packs a model and its Adam state into object-dtype "state dict" tables for checkpointing, and reads a checkpoint back.
import { array, empty, zeros, refcount, NDArray } from "ndalias";

interface TrainingRun {
  weights: NDArray;
  bias: NDArray;
  adamM: NDArray;
  adamV: NDArray;
  losses: NDArray;
  step: number;
}

function newRun(): TrainingRun {
  return {
    weights: array([[0.1, -0.4], [0.3, 0.2], [-0.5, 0.6]]),
    bias: zeros(2),
    adamM: zeros(6),
    adamV: zeros(6),
    losses: zeros(0),
    step: 0,
  };
}

// Model tensors in slots 0-1, optimizer table in slot 2, metadata table in slot 3.
function buildStateDict(run: TrainingRun): NDArray {
  const stateDict = empty(4, "object");
  stateDict.set(0, run.weights.copy());
  stateDict.set(1, run.bias.copy());

  const optimizerState = empty(2, "object");
  optimizerState.set(0, run.adamM.copy());
  optimizerState.set(1, run.adamV.copy());
  stateDict.set(2, optimizerState);

  const meta = empty(3, "object");
  meta.set(0, array([run.step]));
  meta.set(1, run.losses.copy());
  stateDict.set(3, meta);
  // So that a metadata table handed around on its own can find its checkpoint.
  meta.set(2, stateDict); // expect: no-reference-cycle

  return stateDict;
}

// A flat list of tensors for an external writer; no table points back at itself.
function flatTensorList(run: TrainingRun): NDArray {
  const list = empty(4, "object");
  list.set(0, run.weights);
  list.set(1, run.bias);
  list.set(2, run.adamM);
  list.set(3, run.adamV);
  return list;
}

function loadWeights(stateDict: NDArray): NDArray {
  const stored = stateDict.get(0) as NDArray;
  return stored.copy();
}

function fakeAdamStep(run: TrainingRun, grad: NDArray): void {
  const flatGrad = grad.flatten();
  run.adamM.imul(0.9);
  run.adamM.iadd(flatGrad.mul(0.1));
  run.adamV.imul(0.999);
  run.adamV.iadd(flatGrad.mul(flatGrad).mul(0.001));
  const denom = zeros(run.adamV.size);
  for (let i = 0; i < denom.size; i++) denom.set(i, Math.sqrt(run.adamV.get(i)) + 1e-8);
  const update = run.adamM.div(denom);
  run.weights.isub(update.reshape(3, 2).mul(0.01));
  run.step += 1;
}

const run = newRun();
const grad = array([[0.2, -0.1], [0.05, 0.3], [-0.2, 0.1]]);
for (let i = 0; i < 3; i++) fakeAdamStep(run, grad);

const checkpoint = buildStateDict(run);
const exportList = flatTensorList(run);
console.log("checkpoint slots:", checkpoint.size, "export tensors:", exportList.size);
console.log("references to the weights:", refcount(run.weights));

const restored = loadWeights(checkpoint);
restored.imul(0.5);
console.log("restored (halved) weights:", restored.tolist());
console.log("live weights:", run.weights.tolist(), "step:", run.step);

exportList.dispose();
checkpoint.dispose();
console.log("checkpoint released");
