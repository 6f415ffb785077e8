// Tiny autograd tape kept in object-dtype arrays: each node holds its value, a gradient record and its inputs; prints the tape.
import { array, empty, zeros, NDArray, refcount } from "ndalias";

const VALUE = 0;
const GRAD = 1;
const FIRST_INPUT = 2;

function makeNode(value: NDArray, inputs: NDArray[]): NDArray {
  const node = empty(FIRST_INPUT + inputs.length, "object");
  node.set(VALUE, value);
  node.set(GRAD, null);
  for (let i = 0; i < inputs.length; i++) {
    node.set(FIRST_INPUT + i, inputs[i]);
  }
  return node;
}

function valueOf(node: NDArray): NDArray {
  return node.get(VALUE) as NDArray;
}

function inputsOf(node: NDArray): NDArray[] {
  const out: NDArray[] = [];
  for (let i = FIRST_INPUT; i < node.size; i++) {
    out.push(node.get(i) as NDArray);
  }
  return out;
}

// Gives a node a gradient record; the record points back at its owner so the
// backward pass can find the value it differentiates.
function attachGradient(node: NDArray): void {
  const record = empty(2, "object");
  record.set(0, zeros(valueOf(node).size));
  record.set(1, node);
  node.set(GRAD, record); // expect: no-reference-cycle
}

function buildTape(): NDArray[] {
  const x = makeNode(array([1, 2, 3]), []);
  const w = makeNode(array([0.5, -1, 2]), []);
  const y = makeNode(valueOf(x).mul(valueOf(w)), [x, w]);
  const loss = makeNode(array([valueOf(y).sum()]), [y]);
  return [x, w, y, loss];
}

function depth(node: NDArray): number {
  const inputs = inputsOf(node);
  if (inputs.length === 0) return 0;
  return 1 + Math.max(...inputs.map(depth));
}

function register(table: NDArray, slot: number, node: NDArray): void {
  table.set(slot, node);
}

const tape = buildTape();
const table = empty(tape.length, "object");
tape.forEach((node, i) => register(table, i, node));

const names = ["x", "w", "y", "loss"];
for (let i = 0; i < tape.length; i++) {
  const node = table.get(i) as NDArray;
  console.log(
    `${names[i]}: value=${JSON.stringify(valueOf(node).tolist())} ` +
      `inputs=${inputsOf(node).length} depth=${depth(node)}`,
  );
}

const loss = tape[tape.length - 1];
attachGradient(loss);
const record = loss.get(GRAD) as NDArray;
console.log("gradient buffer size:", (record.get(0) as NDArray).size);
console.log("references to the loss node:", refcount(loss));

table.dispose();
for (const node of tape) {
  node.dispose();
}
console.log("tape released");
