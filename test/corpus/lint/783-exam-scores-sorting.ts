// Notebook port: exam scores per subject — medians, the best maths score, an overall percentile and a curved grade sheet.
import { array, zeros, NDArray } from "ndalias";

// %% [1] scores: 5 students x 3 subjects (maths, physics, literature)
const scores = array([
  [72, 88, 65],
  [91, 79, 84],
  [58, 93, 77],
  [85, 67, 90],
  [66, 74, 81],
]);
const students = ["ana", "ben", "cai", "dee", "eli"];
const subjects = ["maths", "physics", "literature"];
console.log("class mean:", scores.mean().toFixed(2));

function printSheet(sheet: NDArray, title: string): void {
  console.log(`--- ${title} ---`);
  for (let i = 0; i < students.length; i++) {
    console.log(students[i].padEnd(4), JSON.stringify(sheet.slice(i).tolist()));
  }
}
printSheet(scores, "raw scores");

// %% [2] median per subject — sort a copy of each column
const medians: number[] = [];
for (let j = 0; j < subjects.length; j++) {
  const col = scores.slice(":", j).copy();
  col.sort();
  medians.push(col.get(2));
}
console.log("medians:", medians);

// %% [3] per-subject z-scores on an arithmetic result
function zscore(x: NDArray): NDArray {
  const z = x.sub(x.mean());
  z.idiv(Math.sqrt(z.mul(z).mean()));
  return z;
}
for (let j = 0; j < subjects.length; j++) {
  console.log(`${subjects[j]} z:`, zscore(scores.slice(":", j)).tolist());
}

// %% [4] best maths score
const maths = scores.slice(":", 0);
maths.sort(); // expect: no-view-mutation
console.log("best maths score:", maths.get(4));
console.log("ana's maths score:", scores.get(0, 0));

// %% [5] 80th percentile over all scores
const allScores = scores.ravel();
allScores.sort(); // expect: no-view-mutation
const p80 = allScores.get(Math.floor(0.8 * (allScores.size - 1)));
console.log("80th percentile:", p80);
printSheet(scores, "scores after the percentile cell");

// %% [6] the same percentile, the safe way: flatten() copies
const allCopy = scores.flatten();
allCopy.sort();
console.log("80th percentile (copy):", allCopy.get(Math.floor(0.8 * (allCopy.size - 1))));

// %% [7] curve: +5 in every subject, capped at 100, on a copy
const curved = scores.copy();
curved.iadd(5);
for (let i = 0; i < curved.shape[0]; i++) {
  for (let j = 0; j < curved.shape[1]; j++) {
    if (curved.get(i, j) > 100) curved.set([i, j], 100);
  }
}
printSheet(curved, "curved");

// %% [8] per-student averages into a fresh vector
const averages = zeros(students.length);
for (let i = 0; i < students.length; i++) {
  averages.set(i, curved.slice(i).mean());
}
console.log("averages:", averages.tolist());

// %% [9] ranking by average: sort a copy, keep the original order for the names
const ranked = averages.copy();
ranked.sort();
const order = students
  .map((name, i) => ({ name, avg: averages.get(i) }))
  .sort((a, b) => b.avg - a.avg)
  .map((e) => e.name);
console.log("lowest / highest average:", ranked.get(0), ranked.get(ranked.size - 1));
console.log("ranking:", order.join(" > "));

// %% [10] letter grades
const letters = students.map((_, i) => {
  const a = averages.get(i);
  return a >= 90 ? "A" : a >= 80 ? "B" : a >= 70 ? "C" : "D";
});
console.log("letters:", letters.join(" "));
