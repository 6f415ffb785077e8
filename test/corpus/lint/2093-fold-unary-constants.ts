// Constant-folding pass over unary graph nodes (neg, abs, relu, mask) that rewrites folded nodes into plain constants.
import { array, NDArray } from "ndalias";

interface GraphNode {
  name: string;
  op: "const" | "neg" | "abs" | "relu" | "mask";
  value: NDArray;
  mask?: number[];
  folded: boolean;
}

interface FoldStats {
  visited: number;
  folded: number;
  skipped: string[];
}

function foldNegation(node: GraphNode): void {
  const negated = node.value.copy();
  negated.imul(-1); // expect: no-lost-write
  node.op = "const";
  node.folded = true;
}

function foldAbs(node: GraphNode): NDArray {
  const out = node.value.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.abs(out.get(i)));
  }
  return out;
}

// Relu is folded in place: the pass owns the node it is given.
function foldRelu(node: GraphNode): void {
  for (let i = 0; i < node.value.size; i++) {
    if (node.value.get(i) < 0) node.value.set(i, 0);
  }
  node.op = "const";
  node.folded = true;
}

function foldMask(node: GraphNode): void {
  if (node.mask === undefined || node.mask.length === 0) return;
  const lanes = node.value.flatten();
  for (const lane of node.mask) {
    lanes.set(lane, 0); // expect: no-lost-write
  }
  node.op = "const";
  node.folded = true;
}

function runFolding(nodes: GraphNode[]): FoldStats {
  const stats: FoldStats = { visited: 0, folded: 0, skipped: [] };
  for (const node of nodes) {
    stats.visited += 1;
    switch (node.op) {
      case "neg":
        foldNegation(node);
        break;
      case "abs":
        node.value = foldAbs(node);
        node.op = "const";
        node.folded = true;
        break;
      case "relu":
        foldRelu(node);
        break;
      case "mask":
        foldMask(node);
        break;
      default:
        stats.skipped.push(node.name);
        continue;
    }
    stats.folded += 1;
  }
  return stats;
}

function l1(values: NDArray): number {
  const flat = values.flatten();
  let total = 0;
  for (let i = 0; i < flat.size; i++) total += Math.abs(flat.get(i));
  return total;
}

const graph: GraphNode[] = [
  { name: "bias", op: "const", value: array([0.1, -0.2, 0.3]), folded: false },
  { name: "negW", op: "neg", value: array([1.5, -2.5, 0.5]), folded: false },
  { name: "absD", op: "abs", value: array([-3, 4, -5]), folded: false },
  { name: "act", op: "relu", value: array([-1, 0, 2, -7]), folded: false },
  { name: "pad", op: "mask", value: array([[1, 2], [3, 4]]), mask: [1, 3], folded: false },
];

const stats = runFolding(graph);
console.log(`visited ${stats.visited}, folded ${stats.folded}, skipped: ${stats.skipped.join(", ") || "none"}`);

for (const node of graph) {
  const tag = node.folded ? "folded" : "kept";
  console.log(`${node.name.padEnd(5)} ${tag.padEnd(6)} l1=${l1(node.value).toFixed(2)} ->`, node.value.tolist());
}
