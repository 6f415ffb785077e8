// A tiny reverse-mode autodiff over a DAG of array nodes, with parameter groups in object tables and a linked op log.
import { array, empty, zeros, refcount, NDArray } from "ndalias";

class GraphNode {
  grad: NDArray;
  inputs: GraphNode[] = [];
  constructor(readonly op: string, public value: NDArray) {
    this.grad = zeros(value.size);
  }
}

interface LogEntry {
  text: string;
  prev: LogEntry | null;
  next: LogEntry | null;
}

const log: { head: LogEntry | null; tail: LogEntry | null } = { head: null, tail: null };

function note(text: string): void {
  const entry: LogEntry = { text, prev: log.tail, next: null };
  if (log.tail) {
    log.tail.next = entry;
  } else {
    log.head = entry;
  }
  log.tail = entry;
}

function leaf(values: number[]): GraphNode {
  note(`leaf(${values.length})`);
  return new GraphNode("leaf", array(values));
}

function add(a: GraphNode, b: GraphNode): GraphNode {
  const node = new GraphNode("add", a.value.add(b.value));
  node.inputs.push(a, b);
  note("add");
  return node;
}

function mul(a: GraphNode, b: GraphNode): GraphNode {
  const node = new GraphNode("mul", a.value.mul(b.value));
  node.inputs.push(a, b);
  note("mul");
  return node;
}

function topoOrder(out: GraphNode): GraphNode[] {
  const seen = new Set<GraphNode>();
  const order: GraphNode[] = [];
  const visit = (n: GraphNode): void => {
    if (seen.has(n)) return;
    seen.add(n);
    n.inputs.forEach(visit);
    order.push(n);
  };
  visit(out);
  return order.reverse();
}

function accumulate(node: GraphNode, g: NDArray): void {
  node.grad.iadd(g);
}

function backward(out: GraphNode): void {
  out.grad.fill(1);
  for (const node of topoOrder(out)) {
    if (node.op === "add") {
      accumulate(node.inputs[0], node.grad);
      accumulate(node.inputs[1], node.grad);
    } else if (node.op === "mul") {
      accumulate(node.inputs[0], node.grad.mul(node.inputs[1].value));
      accumulate(node.inputs[1], node.grad.mul(node.inputs[0].value));
    }
  }
}

// y = (x * w + b) * (x + b): a diamond-shaped graph, no cycles.
const x = leaf([1, 2, 3]);
const w = leaf([0.5, -1, 2]);
const b = leaf([0.1, 0.1, 0.1]);
const xw = mul(x, w);
const left = add(xw, b);
const right = add(x, b);
const y = mul(left, right);

backward(y);
console.log("y:", y.value.tolist());
console.log("dy/dx:", x.grad.tolist(), "dy/dw:", w.grad.tolist(), "dy/db:", b.grad.tolist());

// Parameter groups for an optimizer: two groups may list the same table.
const decayed = empty(2, "object");
decayed.set(0, w.value);
decayed.set(1, b.value);
const frozen = empty(1, "object");
frozen.set(0, x.value);
const groups = empty(3, "object");
groups.set(0, decayed);
groups.set(1, frozen);
groups.set(2, decayed);
console.log("references to w:", refcount(w.value), "groups:", groups.size);

// A gradient step on w through its own path.
w.value.isub(w.grad.mul(0.1));
console.log("updated w:", w.value.tolist());

const ops: string[] = [];
for (let e = log.head; e; e = e.next) ops.push(e.text);
console.log("op log:", ops.join(" -> "), "| last op:", log.tail?.text, "before it:", log.tail?.prev?.text);
