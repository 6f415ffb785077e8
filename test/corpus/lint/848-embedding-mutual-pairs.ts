// Builds a nearest-neighbour index over embedding vectors, assigns clusters, and pairs nodes that are each other's nearest neighbour.
import { array, zeros, NDArray } from "ndalias";

class Cluster {
  readonly members: string[] = [];
  constructor(readonly label: string, public center: NDArray) {}
}

class EmbeddingNode {
  neighbourIds: string[] = [];
  cluster: Cluster | null = null;
  mate: EmbeddingNode | null = null;
  constructor(readonly id: string, public vector: NDArray) {}

  normalize(): void {
    const norm = Math.sqrt(this.vector.mul(this.vector).sum());
    if (norm > 0) this.vector = this.vector.div(norm);
  }
}

function distance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

function nearest(node: EmbeddingNode, nodes: readonly EmbeddingNode[]): EmbeddingNode | undefined {
  let best: EmbeddingNode | undefined;
  let bestDist = Infinity;
  for (const other of nodes) {
    if (other === node) continue;
    const d = distance(node.vector, other.vector);
    if (d < bestDist) {
      bestDist = d;
      best = other;
    }
  }
  return best;
}

function buildIndex(nodes: readonly EmbeddingNode[], k: number): void {
  for (const node of nodes) {
    node.neighbourIds = [...nodes]
      .filter((o) => o !== node)
      .sort((a, b) => distance(node.vector, a.vector) - distance(node.vector, b.vector))
      .slice(0, k)
      .map((o) => o.id);
  }
}

function assignClusters(nodes: readonly EmbeddingNode[], centers: readonly Cluster[]): void {
  for (const node of nodes) {
    let best = centers[0];
    for (const c of centers) {
      if (distance(node.vector, c.center) < distance(node.vector, best.center)) best = c;
    }
    node.cluster = best;
    best.members.push(node.id);
  }
}

function centroid(vectors: readonly NDArray[]): NDArray {
  const acc = zeros(vectors[0]?.size ?? 0);
  for (const v of vectors) acc.iadd(v);
  acc.idiv(Math.max(vectors.length, 1));
  return acc;
}

function pairMutualNeighbours(nodes: readonly EmbeddingNode[]): number {
  let pairs = 0;
  for (const node of nodes) {
    if (node.mate) continue;
    const other = nearest(node, nodes);
    if (!other || other.mate || nearest(other, nodes) !== node) continue;
    node.mate = other;
    other.mate = node; // expect: no-reference-cycle
    pairs++;
  }
  return pairs;
}

const raw: Array<[string, number[]]> = [
  ["cat", [0.9, 0.1, 0.0]],
  ["dog", [0.8, 0.2, 0.1]],
  ["car", [0.0, 0.9, 0.4]],
  ["bus", [0.1, 0.8, 0.5]],
  ["sun", [0.2, 0.2, 0.9]],
];
const nodes = raw.map(([id, v]) => new EmbeddingNode(id, array(v)));
nodes.forEach((n) => n.normalize());

buildIndex(nodes, 2);
const centers = [new Cluster("animals", nodes[0].vector.copy()), new Cluster("things", nodes[2].vector.copy())];
assignClusters(nodes, centers);
for (const c of centers) {
  c.center = centroid(nodes.filter((n) => n.cluster === c).map((n) => n.vector));
}

console.log("pairs:", pairMutualNeighbours(nodes));
for (const n of nodes) {
  console.log(n.id, "->", n.neighbourIds.join(","), "cluster:", n.cluster?.label, "mate:", n.mate?.id ?? "-");
}
console.log("centers:", centers.map((c) => c.center.tolist()));
