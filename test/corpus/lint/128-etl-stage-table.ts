// A columnar ETL pipeline: a satisfies-checked table of stages, each returning new memory, folded with reduce, and a void sink that clears its scratch buffer.
import { array, zeros, NDArray } from "ndalias";

type Stage = (x: NDArray) => NDArray;

const stages = {
  clip: (x: NDArray): NDArray => {
    const y = x.copy();
    for (let i = 0; i < y.size; i++) y.set(i, Math.min(Math.max(y.get(i), 0), 100));
    return y;
  },
  scale: (x: NDArray) => x.mul(0.01),
  centre: (x: NDArray) => x.sub(x.mean()),
} satisfies Record<string, Stage>;

const ORDER = ["clip", "scale", "centre"] as const;

function runPipeline(input: NDArray): NDArray {
  return ORDER.reduce<NDArray>((acc, key) => stages[key](acc), input);
}

const sink: (x: NDArray) => void = (x) => x.fill(0);

function batchStats(columns: NDArray[]): { means: number[]; spread: number } {
  const scratch = zeros(columns.length);
  columns.forEach((c, i) => scratch.set(i, runPipeline(c).mean()));
  const means = scratch.tolist() as number[];
  const spread = scratch.max() - scratch.min();
  sink(scratch);
  return { means, spread };
}

const raw = [array([12, 150, -4, 60]), array([99, 101, 45, 7])];
const cleaned = raw.map(runPipeline);
console.log("cleaned:", cleaned.map((c) => c.tolist()));
console.log("stats:", batchStats(raw), "raw:", raw.map((c) => c.tolist()));
