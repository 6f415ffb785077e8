// Learning-rate sweep tracker: records per-epoch losses, links runs to a control baseline and builds an object-dtype index of the sweep.
import { array, empty, zeros, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

class Run {
  metrics: NDArray;
  baseline: Run | null = null;
  constructor(readonly name: string, readonly lr: number, epochs: number) {
    this.metrics = zeros(epochs);
  }
  record(epoch: number, loss: number): void {
    this.metrics.set(epoch, loss);
  }
  improvement(): number {
    if (this.baseline === null) return 0;
    return this.baseline.metrics.min() - this.metrics.min();
  }
}

const EPOCHS = 6;

function makeControl(lr: number): Run {
  const run = new Run("control", lr, EPOCHS);
  run.baseline = run; // expect: no-reference-cycle
  return run;
}

async function train(run: Run): Promise<void> {
  let loss = 2.5;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    await sleep(1);
    loss *= 1 - Math.min(0.9, run.lr * 3);
    if (!Number.isFinite(loss)) break;
    run.record(epoch, loss);
  }
}

export function buildIndex(runs: Run[]): NDArray {
  const table = empty(runs.length + 1, "object");
  const meta = empty(2, "object");
  runs.forEach((r, i) => table.set(i, r.metrics));
  meta.set(0, array(runs.map((r) => r.lr)));
  meta.set(1, table);
  // the last slot lets a consumer of the table find the sweep settings
  table.set(runs.length, meta); // expect: no-reference-cycle
  return table;
}

const control = makeControl(0.01);
const runs: Run[] = [control];
for (const lr of [0.03, 0.1, 0.3]) {
  const r = new Run(`lr=${lr}`, lr, EPOCHS);
  r.baseline = control;
  runs.push(r);
}

for (const r of runs) {
  await train(r);
}

let best = runs[0];
for (const r of runs) {
  if (r.metrics.min() < best.metrics.min()) best = r;
}
for (const r of runs) {
  console.log(r.name.padEnd(10), "final loss", r.metrics.get(EPOCHS - 1).toFixed(4), "vs control", r.improvement().toFixed(4));
}
const index = buildIndex(runs);
console.log("best run:", best.name, "indexed entries:", index.size);
