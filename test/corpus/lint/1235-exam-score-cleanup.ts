// Cleans a batch of exam scores: caps scores above the maximum, curves the grades, ranks the top students and prints the table.
// runnable
import { array, NDArray } from "ndalias";

const MAX_SCORE = 100;
const names = ["ana", "ben", "cai", "dev", "eli", "fay", "gus", "hal"];
const scores = array([72, 95, 58, 101, 88, 64, 110, 79]);

function median(x: NDArray): number {
  const s = x.flatten();
  s.sort();
  const mid = Math.floor(s.size / 2);
  return s.size % 2 ? s.get(mid) : (s.get(mid - 1) + s.get(mid)) / 2;
}

function argsortDescending(x: NDArray): number[] {
  const idx = Array.from({ length: x.size }, (_, i) => i);
  idx.sort((a, b) => x.get(b) - x.get(a));
  return idx;
}

// bonus points for everybody, meant to land in the batch itself
function curveGrades(batch: NDArray, bonus: number): void {
  const curved = batch.mul(1.05);
  curved.iadd(bonus); // expect: no-lost-write
}

function letter(score: number): string {
  if (score >= 90) return "A";
  if (score >= 80) return "B";
  if (score >= 70) return "C";
  if (score >= 60) return "D";
  return "F";
}

console.log("raw median:", median(scores));

// deviations from the median, reported whatever happens
const report = scores.copy();
try {
  report.isub(median(report));
} finally {
  console.log("deviation from median:", report.tolist());
}

// cap scores above the maximum
const capped = scores.copy();
let cappedCount = 0;
for (let i = 0; i < scores.size; i++) {
  if (scores.get(i) > MAX_SCORE) {
    capped.set(i, MAX_SCORE); // expect: no-lost-write
    cappedCount++;
  }
}
console.log("capped", cappedCount, "scores; mean now", scores.mean().toFixed(2));

curveGrades(scores, 2);

// percentages on a fresh array that is printed
const percent = scores.div(MAX_SCORE);
percent.imul(100);
console.log("percent:", (percent.tolist() as number[]).map((p) => p.toFixed(0)).join(" "));

// the top three on a copy that is sorted and then read
const order = argsortDescending(scores);
const top = scores.take(order.slice(0, 3));
top.sort();
console.log("top three (ascending):", top.tolist());
console.log("top students:", order.slice(0, 3).map((i) => names[i]).join(", "));

// final table
for (let i = 0; i < scores.size; i++) {
  const s = scores.get(i);
  console.log(`${names[i].padEnd(4)} ${String(s).padStart(4)} ${letter(s)}`);
}

const passing = scores.copy();
for (let i = 0; i < passing.size; i++) {
  passing.set(i, passing.get(i) >= 60 ? 1 : 0);
}
console.log("pass rate:", (passing.mean() * 100).toFixed(1) + "%");
