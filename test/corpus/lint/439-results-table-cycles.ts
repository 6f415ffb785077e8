// Tutorial on object-dtype arrays: stores a notebook's intermediate results in a table and links a current and a previous history table.
import { empty, zeros, arange, NDArray, refcount } from "ndalias";

// ---- Part 1: an object-dtype array can hold other arrays ----
// Each slot keeps a reference (it does not copy the array).
const results = empty(4, "object");
const x = arange(0, 6);
results.set(0, x);
results.set(1, x.mul(x));
results.set(2, x.sum());
console.log("results stored:", results.size, "refs to x:", refcount(x));

// I wanted helpers to be able to find the table from any slot,
// so I stored the table inside itself. That is a reference cycle:
// disposing results can never free it, only collect() can.
results.set(3, results); // expect: no-reference-cycle
console.log("refs to results table:", refcount(results));

// ---- Part 2: a table of tables (a tree) is fine ----
function makeExperiment(n: number): NDArray {
  const runs = empty(3, "object");
  for (let i = 0; i < 3; i++) {
    runs.set(i, zeros(n));
  }
  const experiment = empty(2, "object");
  experiment.set(0, runs);
  experiment.set(1, arange(0, n));
  return experiment;
}
const exp = makeExperiment(4);
console.log("experiment slots:", exp.size);

// ---- Part 3: linking history tables both ways ----
// current -> previous is what I need for "undo"; I also added
// previous -> current for "redo", which closes a loop between the two.
function makeLinkedHistory(n: number): [NDArray, NDArray] {
  const current = empty(2, "object");
  const previous = empty(2, "object");
  current.set(0, zeros(n));
  previous.set(0, zeros(n));
  current.set(1, previous);
  previous.set(1, current); // expect: no-reference-cycle
  return [current, previous];
}

const [cur, prev] = makeLinkedHistory(3);
console.log("history sizes:", cur.size, prev.size);

// ---- Part 4: one-directional history is fine ----
function makeUndoChain(depth: number, n: number): NDArray {
  let head = empty(2, "object");
  head.set(0, zeros(n));
  for (let d = 1; d < depth; d++) {
    const older = empty(2, "object");
    older.set(0, zeros(n));
    older.set(1, head);
    head = older;
  }
  return head;
}
console.log("undo chain head size:", makeUndoChain(3, 2).size);
