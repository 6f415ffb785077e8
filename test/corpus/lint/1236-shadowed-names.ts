// Rolling statistics over sensor channels that reuse names on purpose: block-scoped copies, shadowing parameters and loop rebinding.
import { array, zeros, NDArray } from "ndalias";

const data = array([
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
]);
const head = data.slice("0:2");
console.log("head mean:", head.mean());

{
  // a block-local `data` that is a copy of the first two rows
  const data = head.copy();
  data.fill(0);
  data.set([0, 0], 1);
  console.log("block copy:", data.tolist());
}
console.log("module data:", data.tolist(), "head:", head.tolist());

// a parameter named like the module array; the helper centres what it is given
function demean(data: NDArray): void {
  data.isub(data.mean());
}

const centred = data.copy();
demean(centred);
console.log("centred copy:", centred.tolist());

// a local `head` shadowing the module view: a copy that is returned
function topRows(m: NDArray, k: number): NDArray {
  const head = m.slice(`0:${k}`).copy();
  head.imul(10);
  return head;
}
console.log("top rows x10:", topRows(data, 2).tolist());

function rollingMax(series: NDArray, width: number): NDArray {
  const out = zeros(series.size - width + 1);
  for (let i = 0; i + width <= series.size; i++) {
    const head = series.slice(`${i}:${i + width}`);
    out.set(i, head.max());
  }
  return out;
}
console.log("rolling max of row 2:", rollingMax(data.slice(2), 2).tolist());

// exponential average over the rows: each step rebinds the accumulator
let acc = zeros(3);
for (let r = 0; r < 3; r++) {
  const row = data.slice(r);
  acc = acc.add(row);
  acc.imul(0.5);
}
console.log("row average:", acc.tolist());

// the loop variable `row` is a fresh copy in every iteration
for (const row of [data.slice(0).copy(), data.slice(2).copy()]) {
  row.imul(2);
  console.log("doubled row sum:", row.sum());
}

// an error named like the array in a catch clause
function safeColumn(m: NDArray, c: number): NDArray {
  try {
    return m.slice(":", c).copy();
  } catch (data) {
    console.warn("bad column", c, (data as Error).message);
    return zeros(m.shape[0]);
  }
}
const col = safeColumn(data, 1);
col.iadd(100);
console.log("column + 100:", col.tolist(), "missing column:", safeColumn(data, 7).tolist());

// `let` reused for two unrelated buffers
let buffer = data.flatten();
buffer.sort();
console.log("sorted values:", buffer.tolist());
buffer = zeros(4);
buffer.fill(7);
console.log("fresh buffer:", buffer.tolist());

// finally the module data itself is scaled in place and read under its own name
data.imul(0.1);
console.log("scaled data total:", data.sum().toFixed(2));
console.log("scaled data:", data.tolist());
