// Message passing over a small graph: nodes hold embedding vectors in an insertion-ordered list, with object-dtype tables for batching.
import { array, zeros, empty, NDArray } from "ndalias";

type GNode = {
  id: number;
  vec: NDArray;
  next: GNode | null;
  origin?: GNode;
};

type Label = { text: string; next: Label };

const Graph = (() => {
  let head: GNode | null = null;
  let tail: GNode | null = null;
  const edges: [number, number][] = [];

  const addNode = (id: number, values: number[]) => {
    const n: GNode = { id, vec: array(values), next: null };
    if (tail) tail.next = n;
    else head = n;
    tail = n;
    return n;
  };

  const connect = (a: number, b: number) => {
    edges.push([a, b], [b, a]);
  };

  const nodes = () => {
    const out: GNode[] = [];
    for (let n = head; n; n = n.next) out.push(n);
    return out;
  };

  const neighbours = (id: number) => edges.filter(([a]) => a === id).map(([, b]) => b);

  return { addNode, connect, nodes, neighbours };
})();

[[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [0, 1, 1]].forEach((v, i) => Graph.addNode(i, v));
[[0, 1], [1, 2], [2, 3], [3, 4], [4, 0], [1, 3]].forEach(([a, b]) => Graph.connect(a, b));

// one round of mean aggregation into fresh vectors; each new node remembers the node it came from
const propagate = (nodes: GNode[]) => {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const fresh = nodes.map((n) => {
    const agg = zeros(n.vec.size);
    const nb = Graph.neighbours(n.id);
    nb.forEach((j) => agg.iadd(byId.get(j)!.vec));
    if (nb.length) agg.idiv(nb.length);
    agg.iadd(n.vec);
    const updated: GNode = { id: n.id, vec: agg, next: null };
    updated.origin = n;
    return updated;
  });
  fresh.forEach((n, i) => {
    n.next = fresh[i + 1] ?? null;
  });
  return fresh;
};

const round1 = propagate(Graph.nodes());
const round2 = propagate(round1);
round2.forEach((n) => console.log(`node ${n.id}:`, (n.vec.tolist() as number[]).map((v) => v.toFixed(3)).join(" ")));
console.log("origin of node 2 after two rounds:", round2[2].origin?.origin?.vec.tolist());

// batching: an object-dtype table of the round-2 vectors, and a bundle that holds the table
const table = empty(round2.length, "object");
round2.forEach((n, i) => table.set(i, n.vec));
const bundle = empty(2, "object");
bundle.set(0, table);
bundle.set(1, array(round2.map((n) => n.id)));
console.log("bundle sizes:", bundle.size, table.size);

// snapshots of the table: each slot holds a copy of the vector, not the table itself
const history = empty(round2.length, "object");
for (let i = 0; i < round2.length; i++) history.set(i, round2[i].vec.copy());
console.log("history holds", history.size, "vectors");

// a circular list of display labels (no arrays inside), used to cycle colours in the plot legend
const makeLabels = (names: string[]) => {
  const first = { text: names[0] } as Label;
  first.next = first;
  let last = first;
  for (const text of names.slice(1)) {
    const l: Label = { text, next: first };
    last.next = l;
    last = l;
  }
  return first;
};
let label = makeLabels(["red", "green", "blue"]);
const legend: string[] = [];
for (let i = 0; i < round2.length; i++) {
  legend.push(`${round2[i].id}:${label.text}`);
  label = label.next;
}
console.log("legend:", legend.join(" "));

// embedding norms computed into a separate fresh array
const norms = array(round2.map((n) => Math.sqrt(n.vec.mul(n.vec).sum())));
norms.idiv(norms.max());
console.log("relative norms:", norms.tolist());
export default Graph;
