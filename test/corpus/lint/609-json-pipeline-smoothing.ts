// Runs a column pipeline described by a JSON config (shift, scale, abs, smooth) with double-buffered smoothing and keeps the source column for the audit log.
import { array, NDArray } from "ndalias";

type Step =
  | { op: "shift"; by: number }
  | { op: "scale"; by: number }
  | { op: "abs" }
  | { op: "smooth"; passes: number };

const configText = `{
  "column": "latency",
  "steps": [
    { "op": "shift", "by": -100 },
    { "op": "abs" },
    { "op": "smooth", "passes": 2 },
    { "op": "scale", "by": 0.001 }
  ]
}`;
const config = JSON.parse(configText) as { column: string; steps: Step[] };

function smooth(source: NDArray, passes: number): NDArray {
  let front = source.copy();
  let back = source.copy();
  for (let p = 0; p < passes; p++) {
    for (let i = 1; i < front.size - 1; i++) {
      back.set(i, (front.get(i - 1) + front.get(i) + front.get(i + 1)) / 3);
    }
    [front, back] = [back, front];
  }
  return front;
}

function runPipeline(source: NDArray, steps: Step[]): NDArray {
  let current: NDArray = source.astype("float64");
  for (const step of steps) {
    switch (step.op) {
      case "shift":
        current = current.add(step.by);
        break;
      case "scale":
        current = current.mul(step.by);
        break;
      case "abs":
        for (let i = 0; i < current.size; i++) {
          if (current.get(i) < 0) current.set(i, -current.get(i));
        }
        break;
      case "smooth":
        current = smooth(current, step.passes);
        break;
    }
  }
  return current;
}

const columns: Record<string, NDArray> = {
  latency: array([95, 130, 101, 88, 240, 117, 99]),
  status: array([200, 200, 500, 200, 200, 404, 200]),
};

let working: NDArray = columns[config.column];
console.log(`${config.column} before the pipeline:`, working.tolist());
working = runPipeline(working, config.steps);
working.imul(1000);

console.log(`${config.column} after the pipeline (ms):`, working.tolist());
console.log(`${config.column} source for the audit log:`, columns[config.column].tolist());
