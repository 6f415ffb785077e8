// Memoised interpreter for a constant expression DAG: each node is evaluated once and its result cached by node id for later passes.
import { array, NDArray } from "ndalias";

type Op = "const" | "neg" | "add" | "mul" | "scale" | "relu";

interface ExprNode {
  id: number;
  op: Op;
  args: ExprNode[];
  value?: NDArray;
  factor?: number;
}

const memo = new Map<number, NDArray>();
let evaluations = 0;

export function evaluate(node: ExprNode): NDArray {
  const hit = memo.get(node.id);
  if (hit !== undefined) return hit;
  evaluations += 1;

  let result: NDArray;
  switch (node.op) {
    case "const":
      if (node.value === undefined) throw new Error(`const node ${node.id} has no value`);
      result = node.value.copy();
      break;
    case "neg":
      result = evaluate(node.args[0]).mul(-1);
      break;
    case "add":
      result = evaluate(node.args[0]).add(evaluate(node.args[1]));
      break;
    case "mul":
      result = evaluate(node.args[0]).mul(evaluate(node.args[1]));
      break;
    case "scale":
      result = evaluate(node.args[0]).mul(node.factor ?? 1);
      break;
    case "relu": {
      result = evaluate(node.args[0]).copy();
      for (let i = 0; i < result.size; i++) {
        if ((result.data[i] as number) < 0) result.data[i] = 0;
      }
      break;
    }
    default:
      throw new Error(`unknown op ${String(node.op)}`);
  }
  memo.set(node.id, result);
  return result;
}

// Fast path used by the folding pass: a scale applied directly to a constant is
// folded without allocating a new buffer.
export function foldConstScale(node: ExprNode): NDArray {
  const input = node.args[0];
  if (node.op !== "scale" || input.op !== "const" || input.value === undefined) {
    return evaluate(node);
  }
  const folded = input.value;
  folded.imul(node.factor ?? 1); // expect: no-alias-mutation
  memo.set(node.id, folded);
  return folded;
}

export function invalidate(root: ExprNode): number {
  let dropped = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    if (memo.delete(n.id)) dropped += 1;
    stack.push(...n.args);
  }
  return dropped;
}

export function summarise(node: ExprNode): string {
  const v = evaluate(node);
  return `#${node.id} ${node.op} -> [${(v.tolist() as number[]).join(", ")}]`;
}

const c1: ExprNode = { id: 1, op: "const", args: [], value: array([1, -2, 3]) };
const c2: ExprNode = { id: 2, op: "const", args: [], value: array([0.5, 0.5, -4]) };
const sum: ExprNode = { id: 3, op: "add", args: [c1, c2] };
const act: ExprNode = { id: 4, op: "relu", args: [sum] };
const scaled: ExprNode = { id: 5, op: "scale", args: [c2], factor: 10 };
const prod: ExprNode = { id: 6, op: "mul", args: [act, scaled] };

console.log(summarise(prod));
console.log(summarise(act));
console.log("evaluations:", evaluations, "cached:", memo.size);

console.log("dropped:", invalidate(prod));
const folded = foldConstScale(scaled);
console.log("folded scale:", folded.tolist());
console.log(summarise(sum));
