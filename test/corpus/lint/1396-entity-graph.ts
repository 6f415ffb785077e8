// Builds a small entity graph with embeddings, resolves duplicate entities to a canonical node, runs one round of message passing and prints the embeddings.
import { array, zeros, NDArray } from "ndalias";

class EntityNode {
  embedding: NDArray;
  canonical: EntityNode | null = null;
  mergedInto: string | null = null;
  constructor(
    readonly label: string,
    readonly index: number,
    values: number[],
  ) {
    this.embedding = array(values);
  }
}

type Edge = [string, string];

function buildGraph(rows: Array<[string, number[]]>): Map<string, EntityNode> {
  const nodes = new Map<string, EntityNode>();
  rows.forEach(([label, values], i) => nodes.set(label, new EntityNode(label, i, values)));
  return nodes;
}

function resolveDuplicates(nodes: Map<string, EntityNode>, duplicates: Edge[]): number {
  const keepFor = new Map<string, string>(duplicates);
  let merged = 0;
  for (const node of nodes.values()) {
    const keep = keepFor.get(node.label);
    if (keep !== undefined && nodes.has(keep)) {
      node.mergedInto = keep;
      merged++;
    } else {
      node.canonical = node; // expect: no-reference-cycle
    }
  }
  return merged;
}

function messagePass(nodes: Map<string, EntityNode>, edges: Edge[], dim: number): void {
  const inbox = zeros([nodes.size, dim]);
  const degree = new Array<number>(nodes.size).fill(0);
  for (const [from, to] of edges) {
    const src = nodes.get(from);
    const dst = nodes.get(to);
    if (!src || !dst) continue;
    inbox.slice(dst.index).iadd(src.embedding);
    degree[dst.index]++;
  }
  for (const node of nodes.values()) {
    if (degree[node.index] === 0) continue;
    const next = inbox.slice(node.index).div(degree[node.index]);
    next.iadd(node.embedding);
    next.imul(0.5);
    node.embedding = next;
  }
}

function cosine(a: NDArray, b: NDArray): number {
  const dot = a.mul(b).sum();
  return dot / Math.sqrt(a.mul(a).sum() * b.mul(b).sum());
}

const nodes = buildGraph([
  ["paris", [0.9, 0.1, 0.3]],
  ["france", [0.8, 0.2, 0.4]],
  ["paris-fr", [0.88, 0.12, 0.31]],
  ["berlin", [0.2, 0.9, 0.1]],
  ["germany", [0.3, 0.8, 0.2]],
]);
const edges: Edge[] = [
  ["paris", "france"],
  ["france", "paris"],
  ["berlin", "germany"],
  ["germany", "berlin"],
  ["paris-fr", "france"],
];

const merged = resolveDuplicates(nodes, [["paris-fr", "paris"]]);
console.log("merged duplicates:", merged);

messagePass(nodes, edges, 3);

// Embeddings are compared by cosine similarity, so store them with unit length.
for (const node of nodes.values()) {
  const unit = node.embedding.copy();
  unit.idiv(Math.sqrt(node.embedding.mul(node.embedding).sum())); // expect: no-lost-write
}

for (const node of nodes.values()) {
  const canon = node.mergedInto ?? node.canonical?.label ?? "?";
  console.log(`${node.label} -> ${canon}:`, node.embedding.tolist());
}
const paris = nodes.get("paris")!;
const berlin = nodes.get("berlin")!;
console.log("paris~berlin:", cosine(paris.embedding, berlin.embedding).toFixed(3));
