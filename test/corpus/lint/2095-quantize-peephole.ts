// Peephole passes for a quantisation-aware graph: fold scales into constants, shift zero points, clamp ranges, and score the result.
import { array, NDArray } from "ndalias";

export interface QNode {
  id: string;
  op: "const" | "dequant" | "clamp";
  value: NDArray;
  scale: number;
  zeroPoint: number;
  lo: number;
  hi: number;
}

// Clamps a node's constant into its quantisation range; the pass manager
// calls this for its effect on the node.
export function clampRange(node: QNode): void {
  for (let i = 0; i < node.value.size; i++) {
    const v = node.value.get(i);
    if (v < node.lo) node.value.set(i, node.lo);
    else if (v > node.hi) node.value.set(i, node.hi);
  }
}

// Folds the dequantisation scale into the constant and returns the folded L1
// mass that the cost model uses to pick a kernel.
export function foldScale(node: QNode): number {
  node.value.imul(node.scale); // expect: no-alias-mutation
  node.scale = 1;
  let mass = 0;
  for (let i = 0; i < node.value.size; i++) mass += Math.abs(node.value.get(i));
  return mass;
}

// Shifts every value but the leading sentinel by the zero point and returns the
// dynamic range of the shifted constant.
export function shiftZeroPoint(node: QNode): number {
  const payload = node.value.slice("1:");
  payload.isub(node.zeroPoint); // expect: no-view-mutation
  node.zeroPoint = 0;
  return node.value.max() - node.value.min();
}

// Returns a quantised copy for the code generator; the node keeps its floats.
export function quantised(node: QNode): NDArray {
  const q = node.value.div(node.scale);
  for (let i = 0; i < q.size; i++) q.set(i, Math.round(q.get(i)) + node.zeroPoint);
  return q.astype("int32");
}

export function rangeOf(node: QNode): [number, number] {
  const body = node.value.slice("1:");
  return [body.min(), body.max()];
}

function makeNode(id: string, op: QNode["op"], values: number[], scale: number, zp: number): QNode {
  return { id, op, value: array(values), scale, zeroPoint: zp, lo: -8, hi: 8 };
}

const nodes: QNode[] = [
  makeNode("w0", "dequant", [0, 12, -30, 7, 2], 0.25, 1),
  makeNode("w1", "clamp", [0, 9, -11, 3, 14], 1, 0),
  makeNode("b0", "const", [0, 4, 5, 6, 7], 0.5, 4),
];

const report: string[] = [];
for (const node of nodes) {
  const [lo, hi] = rangeOf(node);
  report.push(`${node.id}: raw range [${lo}, ${hi}]`);
  switch (node.op) {
    case "clamp":
      clampRange(node);
      report.push(`${node.id}: clamped to [${node.lo}, ${node.hi}]`);
      break;
    case "dequant": {
      const codes = quantised(node);
      report.push(`${node.id}: int codes ${JSON.stringify(codes.tolist())}`);
      report.push(`${node.id}: folded mass ${foldScale(node).toFixed(2)}`);
      break;
    }
    case "const":
      report.push(`${node.id}: shifted span ${shiftZeroPoint(node)}`);
      break;
  }
}

for (const line of report) console.log(line);
for (const node of nodes) console.log(node.id, node.value.tolist());
