// Wires a sensor network as a forward-only graph with object-dtype buffer registries, prunes a dead node and prints the aggregated readings.
import { array, empty, zeros, NDArray, refcount } from "ndalias";

interface NodeMeta {
  label: string;
  partner?: NodeMeta;
}

class SensorNode {
  downstream?: SensorNode;
  readonly meta: NodeMeta;
  latest: NDArray;
  best: NDArray;

  constructor(readonly id: string, readings: number[]) {
    this.latest = array(readings);
    this.best = this.latest;
    this.meta = { label: id.toUpperCase() };
  }

  record(values: number[]): void {
    const next = array(values);
    if (next.mean() > this.best.mean()) this.best = next;
    this.latest = next;
  }

  static chain(...nodes: SensorNode[]): SensorNode | undefined {
    nodes.forEach((node, i) => {
      node.downstream = nodes[i + 1];
    });
    return nodes.at(0);
  }
}

function registryOf(nodes: readonly SensorNode[]): NDArray {
  const reg = empty(nodes.length + 1, "object");
  nodes.forEach((n, i) => reg.set(i, n.latest));
  reg.set(nodes.length, zeros(3));
  return reg;
}

function nest(inner: NDArray, label: string): NDArray {
  const outer = empty(2, "object");
  outer.set(0, inner);
  outer.set(1, array([label.length]));
  return outer;
}

function unlink(head: SensorNode, id: string): SensorNode {
  if (head.id === id) return head.downstream ?? head;
  for (let node: SensorNode | undefined = head; node?.downstream; node = node.downstream) {
    if (node.downstream.id === id) node.downstream = node.downstream.downstream;
  }
  return head;
}

function pairMeta(a: SensorNode, b: SensorNode): void {
  a.meta.partner = b.meta;
  b.meta.partner = a.meta;
}

const nodes = [
  new SensorNode("intake", [1.2, 0.9, 1.1]),
  new SensorNode("pump", [3.4, 3.6, 3.5]),
  new SensorNode("valve", [0.0, 0.0, 0.0]),
  new SensorNode("outlet", [2.2, 2.0, 2.1]),
];

let head = SensorNode.chain(...nodes);
nodes[1]?.record([3.9, 4.1, 4.0]);
nodes[3]?.record([1.8, 1.7, 1.9]);

const dead = nodes.find((n) => n.latest.max() === 0);
if (head && dead) head = unlink(head, dead.id);

const [intake, pump] = nodes;
if (intake && pump) pairMeta(intake, pump);

const registry = registryOf(nodes);
const nested = nest(registry, "network");
const archive = empty(1, "object");
archive.set(0, nested.get(0));

const totals: Record<string, number> = {};
for (let node = head; node; node = node.downstream) {
  totals[node.meta.label] = node.latest.sum();
}

console.log("path:", Object.keys(totals).join(" -> "));
console.log("totals:", totals);
console.log("pump best:", pump?.best.tolist(), "partner:", intake?.meta.partner?.label);
console.log("registry entries:", registry.size, "references held to it:", refcount(registry));
console.log("archive holds registry:", archive.get(0) === registry);
