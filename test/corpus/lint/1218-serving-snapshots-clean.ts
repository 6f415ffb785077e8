// A model server that snapshots its weights before asynchronous gradient updates, can roll back, and serves predictions.
import { array, zeros, NDArray } from "ndalias";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class ModelServer {
  weights: NDArray;
  private snapshot: NDArray | null = null;
  private updates = 0;

  constructor(initial: number[]) {
    this.weights = array(initial);
  }

  async applyGradient(grad: NDArray, lr: number): Promise<number> {
    this.snapshot = this.weights.copy();
    await sleep(1);
    this.weights.isub(grad.mul(lr));
    this.updates++;
    return this.weights.sum() - this.snapshot.sum();
  }

  async rollback(): Promise<boolean> {
    if (this.snapshot === null) return false;
    await sleep(1);
    this.weights = this.snapshot;
    this.snapshot = null;
    this.updates = Math.max(0, this.updates - 1);
    return true;
  }

  async decay(rate: number): Promise<number> {
    const leading = this.weights.slice(":2");
    const before = leading.sum();
    await sleep(1);
    this.weights.imul(1 - rate);
    return before;
  }

  async predict(batch: NDArray): Promise<NDArray> {
    await sleep(1);
    const logits = batch.mul(this.weights);
    logits.isub(logits.max());
    return logits;
  }

  async warmup(): Promise<number> {
    const probe = zeros(this.weights.size);
    probe.fill(1);
    const out = await this.predict(probe);
    return out.sum();
  }

  async ensemble(batch: NDArray, members: number): Promise<number> {
    const variants = await Promise.all(
      Array.from({ length: members }, async (_, k) => {
        await sleep(k);
        const member = this.weights.mul(1 + 0.1 * k);
        member.iadd(0.01);
        return batch.mul(member).sum();
      }),
    );
    return variants.reduce((a, b) => a + b, 0) / members;
  }

  status(): string {
    return `updates=${this.updates} weights=${JSON.stringify(this.weights.tolist())}`;
  }
}

async function trainSteps(server: ModelServer, grads: number[][]): Promise<number[]> {
  const deltas: number[] = [];
  for (const g of grads) {
    const grad = array(g);
    deltas.push(await server.applyGradient(grad, 0.1));
    console.log("gradient applied:", grad.tolist());
  }
  return deltas;
}

async function main(): Promise<void> {
  const server = new ModelServer([0.5, -0.25, 1.0, 0.75]);
  console.log("warm-up output:", (await server.warmup()).toFixed(4));

  const deltas = await trainSteps(server, [
    [0.2, 0.1, -0.3, 0.0],
    [0.1, -0.1, 0.2, 0.4],
  ]);
  console.log("weight deltas:", deltas.map((d) => d.toFixed(3)).join(", "));
  console.log(server.status());

  const rolledBack = await server.rollback();
  console.log("rolled back:", rolledBack, server.status());

  const leadingBefore = await server.decay(0.05);
  console.log("leading weights before decay:", leadingBefore.toFixed(4), server.status());

  const batch = array([1.0, 2.0, 0.5, -1.0]);
  const logits = await server.predict(batch);
  console.log("logits:", logits.tolist(), "batch:", batch.tolist());

  const averaged = await server.ensemble(batch, 3);
  console.log("ensemble score:", averaged.toFixed(4));

  await trainSteps(server, [[0.05, 0.05, 0.05, 0.05]]);
  console.log(server.status());
}

await main();
