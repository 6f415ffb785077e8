// Chains smoothing stages of a stream into a linear pipeline and keeps snapshot copies of each output in an object-dtype history.
import { array, empty, NDArray } from "ndalias";

class Stage {
  state: NDArray | null = null;
  next: Stage | null = null;
  depth = 0;

  constructor(readonly name: string, readonly alpha: number) {}

  push(input: NDArray): NDArray {
    this.state = this.state === null ? input.copy() : this.state.mul(1 - this.alpha).add(input.mul(this.alpha));
    return this.next ? this.next.push(this.state) : this.state;
  }
}

function chain(...stages: Stage[]): Stage {
  for (let i = 0; i + 1 < stages.length; i++) {
    const upstream = stages[i];
    const downstream = stages[i + 1];
    upstream.next = downstream;
    downstream.depth = upstream.depth + 1;
  }
  return stages[0];
}

function* snapshots(head: Stage, inputs: NDArray[]): Generator<NDArray> {
  for (const input of inputs) yield head.push(input).copy();
}

const head = chain(new Stage("fast", 0.6), new Stage("slow", 0.2), new Stage("output", 1.0));
const inputs = [array([1, 0]), array([0, 1]), array([1, 1]), array([2, 2])];

const history = empty(inputs.length, "object");
let i = 0;
for (const snap of snapshots(head, inputs)) {
  history.set(i++, snap);
}

const summary = empty(2, "object");
summary.set(0, history);
summary.set(1, array([inputs.length]));

let stage: Stage | null = head;
const names: string[] = [];
while (stage !== null) {
  names.push(stage.name);
  stage = stage.next;
}

const last: NDArray = history.get(inputs.length - 1);
console.log("stages:", names.join(" -> "));
console.log("last output:", last.tolist(), "snapshots kept:", summary.get(1).get(0));
