// Constant-folds a tiny dense-layer subgraph (transpose, scale, gamma, residual bias) at compile time and dumps the folded pool.
// runnable
import { array, NDArray } from "ndalias";

class ConstNode {
  readonly users: string[] = [];
  constructor(
    readonly name: string,
    public value: NDArray,
  ) {}
}

const pool = new Map<string, ConstNode>();
const foldLog: string[] = [];

function constant(name: string, value: NDArray): ConstNode {
  const node = new ConstNode(name, value);
  pool.set(name, node);
  return node;
}

function recordFold(pass: string, target: ConstNode, note: string): void {
  target.users.push(pass);
  foldLog.push(`${pass.padEnd(10)} -> ${target.name}: ${note}`);
}

function formatShape(shape: number[]): string {
  return shape.length === 0 ? "scalar" : shape.join("x");
}

const W = constant("W", array([[1, 2, 3], [4, 5, 6]]));
const B = constant("B", array([0.5, -0.5, 1.0]));
const gamma = constant("gamma", array([2, 2, 2]));
const residualInput = array([0.25, 0.25, 0.25]);

// Pass 1: fold the transpose node. The folded constant is just a strided view of W.
const foldedT = W.value.T;
recordFold("transpose", W, `view ${formatShape(foldedT.shape)}`);

// Cost model wants the transposed sum before anything else runs.
const transposedNorm = foldedT.mul(foldedT).sum();
console.log("transposed norm^2:", transposedNorm);

// Pass 2: fold the scale node into W. The scale node is W's only consumer in the
// source graph, so the optimiser scales the constant in place.
const scaleFactor = 0.5;
W.value.imul(scaleFactor); // expect: no-view-mutation
recordFold("scale", W, `x${scaleFactor}`);

// Pass 3: shift the bias by gamma's mean. Done on a copy so the debug dump keeps
// the original bias for comparison.
const shiftedBias = B.value.copy();
shiftedBias.isub(gamma.value.mean());
recordFold("shift", B, "copy shifted by mean(gamma)");

// Pass 4: fold gamma * B through gamma's own field; gamma has no other handle.
gamma.value.imul(B.value);
recordFold("gamma", gamma, "gamma * B");

// Pass 5: fuse the residual add into the bias constant, reusing its storage.
const { value: accumulator } = B;
accumulator.iadd(residualInput); // expect: no-alias-mutation
recordFold("residual", B, "B + residual");

// Pass 6: build a fresh folded output constant from the copies above.
const fusedOut = shiftedBias.add(gamma.value);
fusedOut.imul(2);
recordFold("fuse", constant("out", fusedOut), "2 * (shift + gamma*B)");

function dumpPool(): void {
  for (const [name, node] of pool) {
    const users = node.users.length > 0 ? node.users.join(",") : "-";
    console.log(`  ${name.padEnd(6)} [${formatShape(node.value.shape)}] users=${users}`);
  }
}

console.log("fold log:");
for (const line of foldLog) console.log("  " + line);

console.log("folded W^T (consumed by matmul):", foldedT.tolist());
console.log("W after scale:", W.value.tolist());
console.log("shifted bias copy:", shiftedBias.tolist());
console.log("gamma*B:", gamma.value.tolist());
console.log("bias constant seen by the bias-add node:", B.value.tolist());
console.log("fused out:", fusedOut.tolist());

console.log("constant pool:");
dumpPool();

const totalElements = [...pool.values()].reduce((acc, n) => acc + n.value.size, 0);
console.log("constants:", pool.size, "elements:", totalElements);
