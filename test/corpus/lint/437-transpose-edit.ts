// Learning transpose and flip: edits a transposed matrix and a flipped identity, and compares them with safe copies.
import { array, eye, zeros } from "ndalias";

// A 2x3 matrix of feature weights.
const A = array([
  [1, 2, 3],
  [4, 5, 6],
]);

// .T is a view (same as A.T in NumPy). Reading it is fine.
const At = A.T;
console.log("A^T shape:", At.shape, "A^T:", At.tolist());
console.log("trace-ish sum of A^T:", At.sum());

// I wanted a tweaked transpose for a side experiment, so I edit At directly.
// Surprise: A[1][0] changes too, because At and A are the same memory.
At.set([0, 1], -4); // expect: no-view-mutation
console.log("tweaked A^T:", At.tolist());
console.log("original A (now has -4 in it):", A.tolist());

// Correct version: copy the transpose first.
const B = A.T.copy();
B.set([0, 1], 0);
B.set([2, 0], 0);
console.log("edited copy:", B.tolist());
console.log("A unchanged by B:", A.tolist());

// ---- flip() is also a view ----
const I = eye(3);
const antiDiagonal = I.flip(0);
console.log("anti-diagonal sum before:", antiDiagonal.sum());

// Scaling the identity for a regulariser... but antiDiagonal is read afterwards.
I.imul(2); // expect: no-view-mutation
console.log("anti-diagonal after scaling I:", antiDiagonal.tolist());
console.log("regulariser:", I.tolist());

// ---- transpose(1, 0) on a scratch matrix, written in one chained step ----
// a.T[0] = 1 in NumPy: the view is not kept, so it is just writing into C.
const C = zeros([2, 2]);
C.transpose(1, 0).slice(0).fill(1);
C.T.slice(1).iadd(3);
console.log("C:", C.tolist());

// ---- swapaxes for a 3-D stack, read only ----
const stack = array([
  [[1, 2], [3, 4]],
  [[5, 6], [7, 8]],
]);
const swapped = stack.swapaxes(0, 2);
console.log("swapped shape:", swapped.shape, "first plane:", swapped.slice(0).tolist());
console.log("stack total:", stack.sum());
