// Builds a feed-forward computation graph of nodes holding activations, indexes them in nested object tables and evaluates it.
import { array, empty, zeros, NDArray } from "ndalias";

class GraphNode {
  value: NDArray;
  readonly initial: NDArray;
  inputs: GraphNode[] = [];
  next: GraphNode | null = null;

  constructor(readonly name: string, size: number, readonly weight = 1) {
    this.value = zeros(size);
    this.initial = this.value.copy();
  }

  setInput(values: number[]): void {
    this.value.assign(":", array(values));
  }

  evaluate(): void {
    if (this.inputs.length === 0) return;
    let acc = zeros(this.value.size);
    for (const input of this.inputs) {
      acc = acc.add(input.value);
    }
    this.value = acc.mul(this.weight);
  }
}

function connect(from: GraphNode, to: GraphNode): void {
  to.inputs.push(from);
}

function chain(nodes: GraphNode[]): GraphNode | null {
  let head: GraphNode | null = null;
  let tail: GraphNode | null = null;
  for (const node of nodes) {
    if (tail) {
      tail.next = node;
    } else {
      head = node;
    }
    tail = node;
  }
  return head;
}

function buildIndex(nodes: GraphNode[]): NDArray {
  const values = empty(nodes.length, "object");
  nodes.forEach((node, i) => {
    values.set(i, node.value);
  });
  const index = empty(2, "object");
  index.set(0, values);
  index.set(1, array(nodes.map((n) => n.weight)));
  return index;
}

const x = new GraphNode("x", 3);
const y = new GraphNode("y", 3);
const sum = new GraphNode("sum", 3);
const scaled = new GraphNode("scaled", 3, 0.5);
const out = new GraphNode("out", 3, 2);

connect(x, sum);
connect(y, sum);
connect(sum, scaled);
connect(scaled, out);
connect(x, out);

x.setInput([1, 2, 3]);
y.setInput([0.5, 0.5, 0.5]);

const order = chain([x, y, sum, scaled, out]);
for (let node = order; node; node = node.next) {
  node.evaluate();
}

const index = buildIndex([x, y, sum, scaled, out]);
const mirror = index.copy();
mirror.set(1, array([0, 0, 0, 0, 0]));
const mirrorWeights: NDArray = mirror.get(1);
const indexWeights: NDArray = index.get(1);
console.log("mirror weights:", mirrorWeights.tolist(), "index weights:", indexWeights.tolist());

const nested = empty(2, "object");
nested.set(0, index);
nested.set(1, mirror);
const firstValues: NDArray = (nested.get(0) as NDArray).get(0);
console.log("indexed nodes:", firstValues.size);

for (let node = order; node; node = node.next) {
  const moved = node.value.sub(node.initial);
  console.log(`${node.name.padEnd(6)} value=${JSON.stringify(node.value.tolist())} |moved|=${Math.sqrt(moved.mul(moved).sum()).toFixed(3)}`);
}
console.log("output total:", out.value.sum());
