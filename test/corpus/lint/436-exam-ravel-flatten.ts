// Tutorial: ravel() versus flatten() on a matrix of exam scores, used to rank the scores and to curve them.
import { array } from "ndalias";

// Two classes, three students each.
const scores = array([
  [62, 88, 75],
  [91, 54, 70],
]);
console.log("scores:", scores.tolist());
console.log("class means:", scores.slice(0).mean(), scores.slice(1).mean());

// ---- Lesson 1: flatten() ALWAYS returns a copy ----
// Sorting the copy cannot disturb the matrix.
const ranked = scores.flatten();
ranked.sort();
console.log("lowest:", ranked.get(0), "highest:", ranked.get(ranked.size - 1));
console.log("scores untouched:", scores.tolist());

// ---- Lesson 2: ravel() returns a VIEW when it can ----
// scores is C-contiguous, so ravel() hands back the same memory.
// Reading through it is fine:
console.log("max via ravel:", scores.ravel().max());

// ...but here I sort it to get the median and the matrix is now sorted too.
const flatView = scores.ravel();
flatView.sort(); // expect: no-view-mutation
const median = (flatView.get(2) + flatView.get(3)) / 2;
console.log("median score:", median);
console.log("scores per student (rows are scrambled now):", scores.tolist());

// ---- Lesson 3: curving everybody by 5 points ----
// I used flatten() "to get a 1-D list" and added 5 to it, expecting scores to change.
// flatten() copied, and the curved copy is never looked at again.
const curved = scores.flatten();
curved.iadd(5); // expect: no-lost-write
console.log("class average after curving:", scores.mean());

// ---- Lesson 4: the right ways to curve ----
// (a) keep the copy and actually use it
const curvedCopy = scores.add(5);
console.log("curved copy average:", curvedCopy.mean());

// (b) or change the matrix through its own name
const passMark = array([[60, 60, 60], [60, 60, 60]]);
passMark.isub(5);
console.log("lowered pass marks:", passMark.tolist());

// ---- Lesson 5: ravel() on a transposed matrix ----
// Only reading, so it does not matter whether it is a view or a copy.
const byColumn = scores.T.ravel();
console.log("column-major order:", byColumn.tolist());
