// Records def-use edges of a dataflow graph one way (users as ids, inputs as links) and topologically sorts it for scheduling.
import { array, empty, NDArray } from "ndalias";

class DataNode {
  readonly inputs: DataNode[] = [];
  constructor(
    readonly id: number,
    readonly op: string,
    public value: NDArray,
  ) {}
}

// Debug-only edge records for the graph viewer; they hold no tensors.
class ViewerEdge {
  reverse: ViewerEdge | null = null;
  constructor(
    readonly from: number,
    readonly to: number,
  ) {}
}

class Graph {
  readonly nodes: DataNode[] = [];
  readonly users = new Map<number, number[]>();

  add(op: string, value: NDArray, inputs: DataNode[]): DataNode {
    const node = new DataNode(this.nodes.length, op, value);
    for (const def of inputs) {
      node.inputs.push(def);
      const list = this.users.get(def.id) ?? [];
      list.push(node.id);
      this.users.set(def.id, list);
    }
    this.nodes.push(node);
    return node;
  }
}

function topoOrder(graph: Graph): number[] {
  const indegree = graph.nodes.map((n) => n.inputs.length);
  const ready = graph.nodes.filter((n) => n.inputs.length === 0).map((n) => n.id);
  const order: number[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const user of graph.users.get(id) ?? []) {
      indegree[user] -= 1;
      if (indegree[user] === 0) ready.push(user);
    }
  }
  return order;
}

function viewerEdges(graph: Graph): ViewerEdge[] {
  const edges: ViewerEdge[] = [];
  for (const n of graph.nodes) {
    for (const def of n.inputs) {
      const forward = new ViewerEdge(def.id, n.id);
      const backward = new ViewerEdge(n.id, def.id);
      forward.reverse = backward;
      backward.reverse = forward;
      edges.push(forward);
    }
  }
  return edges;
}

function constantTable(graph: Graph): NDArray {
  const table = empty(graph.nodes.length, "object");
  for (const n of graph.nodes) table.set(n.id, n.value);
  return table;
}

const g = new Graph();
const x = g.add("const", array([1, 2, 3]), []);
const w = g.add("const", array([0.5, 0.5, 0.5]), []);
const mul = g.add("mul", array([0, 0, 0]), [x, w]);
const bias = g.add("const", array([1, 1, 1]), []);
const add = g.add("add", array([0, 0, 0]), [mul, bias]);
g.add("relu", array([0, 0, 0]), [add]);

const order = topoOrder(g);
console.log("schedule:", order.map((id) => g.nodes[id].op).join(" -> "));

const edges = viewerEdges(g);
console.log("viewer edges:", edges.map((e) => `${e.from}->${e.to} (back ${e.reverse?.to}->${e.reverse?.from})`).join(", "));

const table = constantTable(g);
let constElements = 0;
for (let i = 0; i < table.size; i++) {
  const v = table.get(i) as NDArray;
  if (g.nodes[i].op === "const") constElements += v.size;
}
console.log("constant elements:", constElements);

for (const id of order) {
  const n = g.nodes[id];
  console.log(`  #${n.id} ${n.op} uses [${n.inputs.map((d) => d.id).join(",")}] sum=${n.value.sum()}`);
}
