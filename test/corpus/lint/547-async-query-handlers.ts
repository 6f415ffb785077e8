// Async query service: handlers normalise incoming query vectors and batches and score them against the catalogue.
import { array, NDArray } from "ndalias";
import { EventEmitter } from "node:events";

const catalogue = array([
  [0.2, 0.7, 0.1, 0.4],
  [0.9, 0.1, 0.3, 0.2],
  [0.4, 0.4, 0.8, 0.1],
]);

function scoreAll(query: NDArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < catalogue.shape[0]; i++) {
    out.push(catalogue.slice(i).mul(query).sum());
  }
  return out;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function handleQuery(query: NDArray): Promise<number[]> {
  await pause(1);
  const norm = Math.sqrt(query.mul(query).sum());
  query.idiv(norm); // expect: no-alias-mutation
  return scoreAll(query);
}

export async function handleQuerySafe(query: NDArray): Promise<number[]> {
  await pause(1);
  const unit = query.div(Math.sqrt(query.mul(query).sum()));
  return scoreAll(unit);
}

export async function handleBatch(batch: NDArray): Promise<number[][]> {
  await pause(1);
  const contextDims = batch.slice(":", ":2");
  contextDims.imul(0.5); // expect: no-view-mutation
  const out: number[][] = [];
  for (let i = 0; i < batch.shape[0]; i++) {
    out.push(scoreAll(batch.slice(i)));
  }
  return out;
}

export async function handleBatchSafe(batch: NDArray): Promise<number[][]> {
  await pause(1);
  const work = batch.copy();
  work.slice(":", ":2").imul(0.5);
  const out: number[][] = [];
  for (let i = 0; i < work.shape[0]; i++) {
    out.push(scoreAll(work.slice(i)));
  }
  return out;
}

const bus = new EventEmitter();
bus.on("reset-session", (sessionVector: NDArray) => {
  sessionVector.fill(0);
});

async function main(): Promise<void> {
  const q = array([3, 0, 4, 0]);
  console.log("safe:", await handleQuerySafe(q), "query:", q.tolist());
  const batch = array([[1, 2, 0, 1], [0, 1, 1, 3]]);
  console.log("safe batch:", await handleBatchSafe(batch));
  const session = array([0.3, 0.1, 0.2, 0.4]);
  bus.emit("reset-session", session);
  console.log("session after reset:", session.tolist());
}

void main();
