// Notebook port: an experiment log kept in object-dtype arrays — per-run metric arrays, a summary table and a chain of model stages.
import { array, empty, zeros, NDArray } from "ndalias";

// %% [1] three training runs, each with a loss curve
const lossCurves = [
  array([0.95, 0.71, 0.55, 0.49]),
  array([0.99, 0.64, 0.51, 0.43]),
  array([0.90, 0.80, 0.74, 0.70]),
];
const runs = empty(lossCurves.length, "object");
lossCurves.forEach((curve, i) => {
  runs.set(i, curve);
});
console.log("runs logged:", runs.size);

// %% [2] final losses and the best run
const finals = zeros(runs.size);
for (let i = 0; i < runs.size; i++) {
  const curve = runs.get(i) as NDArray;
  finals.set(i, curve.get(curve.size - 1));
}
let bestRun = 0;
for (let i = 1; i < finals.size; i++) if (finals.get(i) < finals.get(bestRun)) bestRun = i;
console.log("final losses:", finals.tolist(), "best run:", bestRun);

// %% [3] the notebook's "results dict": an object array of object arrays
const summary = empty(4, "object");
summary.set(0, runs);
summary.set(1, finals);
summary.set(2, array([bestRun]));
const archive = empty(2, "object");
archive.set(0, summary);
archive.set(1, array([Date.UTC(2024, 4, 1)]));
console.log("summary entries:", summary.size, "archive entries:", archive.size);

// %% [4] re-order the runs so the best one comes first (elements move, the table never holds itself)
const first = runs.get(0);
runs.set(0, runs.get(bestRun));
runs.set(bestRun, first);
console.log("best curve now first:", (runs.get(0) as NDArray).tolist());

// %% [5] a snapshot of the run table, stored in the summary next to the live table
const snapshot = runs.copy();
summary.set(3, snapshot);
console.log("snapshot size:", snapshot.size);

// %% [6] a chain of pipeline stages, each with its own weights (a chain, not a loop)
class Stage {
  next: Stage | null = null;
  constructor(
    readonly name: string,
    public weights: NDArray,
  ) {}
  forward(x: NDArray): NDArray {
    const y = x.mul(this.weights);
    return this.next ? this.next.forward(y) : y;
  }
}
const embed = new Stage("embed", array([0.5, 2.0, 1.0]));
const hidden = new Stage("hidden", array([1.5, 0.5, 1.0]));
const head = new Stage("head", array([1.0, 1.0, 0.1]));
embed.next = hidden;
hidden.next = head;
const out = embed.forward(array([1, 1, 1]));
console.log("pipeline output:", out.tolist());

// %% [7] swap the middle stage for a fresh one (still a chain)
const hidden2 = new Stage("hidden2", hidden.weights.mul(2));
embed.next = hidden2;
hidden2.next = head;
console.log("pipeline output with hidden2:", embed.forward(array([1, 1, 1])).tolist());

// %% [8] a circular schedule of learning rates, a ring of plain numbers
class LrNode {
  next: LrNode = this;
  constructor(readonly lr: number) {}
}
const lrA = new LrNode(0.1);
const lrB = new LrNode(0.01);
lrA.next = lrB;
lrB.next = lrA;
let node = lrA;
const schedule: number[] = [];
for (let step = 0; step < 5; step++) {
  schedule.push(node.lr);
  node = node.next;
}
console.log("lr schedule:", schedule);

// %% [9] average loss curve across runs, into a fresh array
const meanCurve = zeros(4);
for (let i = 0; i < runs.size; i++) meanCurve.iadd(runs.get(i) as NDArray);
meanCurve.idiv(runs.size);
console.log("mean loss curve:", meanCurve.tolist());

// %% [10] release the log
archive.dispose();
summary.dispose();
console.log("log released");
