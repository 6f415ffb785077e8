// An autograd tape: nodes hold value and gradient arrays; a root node that is its own parent and a tape stored inside its own object-dtype slot leak, while a plain DAG does not.
import { zeros, empty, NDArray } from "ndalias";

class GradNode {
  readonly value: NDArray;
  readonly grad: NDArray;
  inputs: GradNode[] = [];
  parent: GradNode | null = null;
  tape: NDArray | null = null;
  constructor(readonly op: string, size: number) {
    this.value = zeros(size);
    this.grad = zeros(size);
  }
}

function seed(target: GradNode): void {
  target.grad.fill(1);
}

function makeRoot(op: string): GradNode {
  const root = new GradNode(op, 1);
  root.parent = root; // expect: no-reference-cycle
  return root;
}

function recordTape(nodes: GradNode[]): NDArray {
  const tape = empty(nodes.length + 1, "object");
  nodes.forEach((n, i) => tape.set(i, n.value));
  tape.set(nodes.length, tape); // expect: no-reference-cycle
  return tape;
}

function chain(a: GradNode, b: GradNode): void {
  b.inputs = [a];
  a.tape = b.grad;
}

function pairUp(a: GradNode, b: GradNode): void {
  const slots = empty(1, "object");
  const back = empty(1, "object");
  slots.set(0, back);
  back.set(0, a.value);
  b.tape = slots;
}

const x = new GradNode("input", 2);
const y = new GradNode("square", 2);
chain(x, y);
pairUp(x, y);
seed(y);
const loss = makeRoot("loss");
const tape = recordTape([x, y]);
console.log("tape:", tape.size, y.inputs.length, y.grad.tolist(), x.tape?.size, loss.op);
