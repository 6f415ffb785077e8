// CLI-like report generator: reads a score table, prints per-column summaries from read-only column views, and sorts copies for medians and rankings.
import { array, NDArray } from "ndalias";

const students = ["ada", "bo", "cy", "dee", "eli", "fay"];
const subjects = ["math", "physics", "art"];
const scores = array([
  [91, 78, 65],
  [84, 88, 92],
  [56, 61, 99],
  [73, 95, 70],
  [88, 82, 58],
  [67, 74, 81],
]);

function median(col: NDArray): number {
  const sorted = col.copy().sort();
  const n = sorted.size;
  return n % 2 ? sorted.get((n - 1) / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
}

function pad(s: string | number, w: number): string {
  return String(s).padStart(w);
}

function summaryLines(table: NDArray): string[] {
  const lines = [["subject", "mean", "median", "min", "max"].map((h) => pad(h, 8)).join(" ")];
  subjects.forEach((name, j) => {
    const col = table.slice(":", j);
    lines.push([name, col.mean().toFixed(1), median(col), col.min(), col.max()].map((v) => pad(v, 8)).join(" "));
  });
  return lines;
}

function ranking(table: NDArray): string[] {
  const totals = table.sum() > 0 ? students.map((_, i) => table.slice(i).sum()) : [];
  const order = totals.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]);
  return order.map(([t, i], rank) => `${pad(rank + 1, 2)}. ${students[i].padEnd(4)} ${t}`);
}

function curved(table: NDArray, bonus: number[]): NDArray {
  const out = table.astype("float64");
  for (let j = 0; j < bonus.length; j++) out.slice(":", j).iadd(bonus[j]);
  for (let i = 0; i < out.size; i++) {
    const r = Math.floor(i / bonus.length);
    const c = i % bonus.length;
    if (out.get(r, c) > 100) out.set([r, c], 100);
  }
  return out;
}

console.log("== summary ==");
for (const line of summaryLines(scores)) console.log(line);
console.log("== ranking ==");
for (const line of ranking(scores)) console.log(line);
console.log("== after curve ==");
for (const line of summaryLines(curved(scores, [5, 3, 2]))) console.log(line);
console.log("raw math median still:", median(scores.slice(":", 0)));
