// Training job worker: consumes gradient and reset jobs from a queue and updates model weights held in an in-memory store.
// runnable
import { array, NDArray } from "ndalias";

type Job =
  | { kind: "gradient"; modelId: string; grad: NDArray }
  | { kind: "decay"; modelId: string; factor: number }
  | { kind: "restore"; modelId: string; checkpoint: NDArray };

const LEARNING_RATE = 0.1;
const modelStore = new Map<string, NDArray>();
const versions = new Map<string, number>();
const deadLetters: string[] = [];

function bumpVersion(modelId: string): number {
  const next = (versions.get(modelId) ?? 0) + 1;
  versions.set(modelId, next);
  return next;
}

function requireModel(modelId: string): NDArray {
  const weights = modelStore.get(modelId);
  if (weights === undefined) throw new Error(`model ${modelId} is not loaded`);
  return weights;
}

function applyGradient(modelId: string, grad: NDArray): void {
  const current = requireModel(modelId);
  if (grad.size !== current.size) throw new Error(`gradient size ${grad.size} != ${current.size}`);
  // copy-on-write so readers holding the old version are not disturbed
  const next = current.copy();
  next.isub(grad.mul(LEARNING_RATE)); // expect: no-lost-write
  bumpVersion(modelId);
}

function applyDecay(modelId: string, factor: number): void {
  const current = requireModel(modelId);
  const next = current.mul(1 - factor);
  next.set(0, current.get(0)); // the bias term is not decayed
  modelStore.set(modelId, next);
  bumpVersion(modelId);
}

function restore(modelId: string, checkpoint: NDArray): void {
  const restored = checkpoint.copy();
  for (let i = 0; i < restored.size; i++) {
    if (!Number.isFinite(restored.get(i))) restored.set(i, 0);
  }
  modelStore.set(modelId, restored);
  bumpVersion(modelId);
}

export function handleJob(job: Job): void {
  try {
    switch (job.kind) {
      case "gradient":
        applyGradient(job.modelId, job.grad);
        break;
      case "decay":
        applyDecay(job.modelId, job.factor);
        break;
      case "restore":
        restore(job.modelId, job.checkpoint);
        break;
    }
  } catch (err) {
    deadLetters.push(`${job.kind}:${job.modelId}: ${(err as Error).message}`);
  }
}

export function describeModel(modelId: string): string {
  const weights = requireModel(modelId);
  return `${modelId} v${versions.get(modelId) ?? 0}: ${JSON.stringify(weights.tolist())}`;
}

const checkpoint = array([0.5, 1.0, -1.0, 2.0]);
const queue: Job[] = [
  { kind: "restore", modelId: "ctr", checkpoint },
  { kind: "gradient", modelId: "ctr", grad: array([0.0, 1.0, 1.0, -2.0]) },
  { kind: "decay", modelId: "ctr", factor: 0.5 },
  { kind: "gradient", modelId: "fraud", grad: array([1, 1]) },
];

for (const job of queue) handleJob(job);
console.log(describeModel("ctr"));
console.log("checkpoint:", checkpoint.tolist());
console.log("dead letters:", deadLetters);
