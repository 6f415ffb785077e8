// A small navigable-graph ANN index: nodes keep unit vectors and neighbour ids, an upper layer points down to base nodes, and queries walk greedily.
import { array, empty, zeros, NDArray } from "ndalias";

class GraphNode {
  vector: NDArray;
  neighbors: number[] = [];
  down: GraphNode | null = null;

  constructor(readonly id: number, v: NDArray) {
    this.vector = v.copy();
    const norm = Math.sqrt(this.vector.mul(this.vector).sum());
    if (norm > 0) this.vector.idiv(norm);
  }

  similarity(q: NDArray): number {
    return this.vector.mul(q).sum();
  }
}

class GraphIndex {
  base: GraphNode[] = [];
  upper: GraphNode[] = [];
  entry: GraphNode | null = null;
  degrees: NDArray;

  constructor(capacity: number, readonly maxDegree: number) {
    this.degrees = zeros(capacity);
  }

  link(a: GraphNode, b: GraphNode): void {
    if (a.id === b.id || a.neighbors.includes(b.id)) return;
    a.neighbors.push(b.id);
    b.neighbors.push(a.id);
    this.degrees.set(a.id, a.neighbors.length);
    this.degrees.set(b.id, b.neighbors.length);
  }

  insert(v: NDArray): GraphNode {
    const node = new GraphNode(this.base.length, v);
    const ranked = [...this.base].sort((x, y) => y.similarity(node.vector) - x.similarity(node.vector));
    for (const other of ranked.slice(0, this.maxDegree)) this.link(node, other);
    this.base.push(node);
    if (node.id % 3 === 0) {
      const promoted = new GraphNode(node.id, node.vector);
      promoted.down = node;
      this.upper.push(promoted);
      this.entry = promoted;
    }
    return node;
  }

  search(q: NDArray): GraphNode {
    let current = this.entry ? this.bestUpper(q) : this.base[0];
    let improved = true;
    while (improved) {
      improved = false;
      for (const nid of current.neighbors) {
        const cand = this.base[nid];
        if (cand.similarity(q) > current.similarity(q)) {
          current = cand;
          improved = true;
        }
      }
    }
    return current;
  }

  private bestUpper(q: NDArray): GraphNode {
    let best = this.upper[0];
    for (const u of this.upper) if (u.similarity(q) > best.similarity(q)) best = u;
    return best.down ?? this.base[0];
  }
}

const points = array([
  [1.0, 0.1, 0.0],
  [0.9, 0.3, 0.1],
  [0.1, 1.0, 0.2],
  [0.0, 0.8, 0.6],
  [0.2, 0.1, 1.0],
  [0.3, 0.0, 0.9],
  [0.7, 0.7, 0.0],
]);

const index = new GraphIndex(points.shape[0], 2);
for (let i = 0; i < points.shape[0]; i++) index.insert(points.slice(i));
console.log("degrees:", index.degrees.tolist());
console.log("upper layer:", index.upper.map((u) => `${u.id}->${u.down?.id}`).join(" "));

for (const q of [array([0.8, 0.2, 0.0]), array([0.1, 0.2, 0.95]), array([0.1, 0.9, 0.4])]) {
  const hit = index.search(q);
  console.log("query", q.tolist(), "-> node", hit.id, "sim", hit.similarity(q.div(Math.sqrt(q.mul(q).sum()))).toFixed(3));
}

// Shards are object-dtype tables of vectors; the directory holds the shards, nothing points back.
const shardA = empty(2, "object");
const shardB = empty(2, "object");
shardA.set(0, index.base[0].vector);
shardA.set(1, index.base[1].vector);
shardB.set(0, index.base[2].vector);
shardB.set(1, index.base[3].vector);
const directory = empty(2, "object");
directory.set(0, shardA);
directory.set(1, shardB);
console.log("directory shards:", directory.size, "first shard size:", shardA.size);
console.log("points unchanged:", points.sum().toFixed(2));
