// Margin pre-processing: clips and de-means position blocks through in-place void helpers and tick listeners, then prints margin by book.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

function clipInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    const v = x.data[i] as number;
    if (v < lo) x.data[i] = lo;
    else if (v > hi) x.data[i] = hi;
  }
}

function demeanRows(block: NDArray): void {
  for (let r = 0; r < block.shape[0]; r++) {
    const row = block.slice(r);
    row.isub(row.mean());
  }
}

function zeroStale(block: NDArray, staleRows: number[]): void {
  if (staleRows.length === 0) return;
  for (const r of staleRows) {
    block.slice(r).fill(0);
  }
}

const blocks: NDArray[] = [
  array([[12, -40, 7], [3, 5, -2]]),
  array([[0.5, 0.25, 9], [-8, 1, 1]]),
  array([[2, 2, 2], [60, -60, 0]]),
];
const names = ["rates", "credit", "commodities"];
const staleBy: Record<string, number[]> = { rates: [], credit: [1], commodities: [] };
const riskWeights = array([1.0, 1.5, 0.8]);

blocks.forEach((block, i) => {
  clipInPlace(block, -25, 25);
  zeroStale(block, staleBy[names[i]] ?? []);
});

const bus = new EventEmitter();
let ticks = 0;
bus.on("tick", (block: NDArray, bump: number) => {
  ticks++;
  block.iadd(bump);
});
bus.on("reset", (block: NDArray) => {
  block.slice(0).fill(0);
});

for (let i = 0; i < blocks.length; i++) {
  const bump = i === 1 ? 0.5 : 0.1;
  bus.emit("tick", blocks[i], bump);
  if (names[i] === "commodities") bus.emit("reset", blocks[i]);
}

const margins = new Map<string, number>();
book: for (let i = 0; i < blocks.length; i++) {
  const block = blocks[i];
  let gross = 0;
  for (let r = 0; r < block.shape[0]; r++) {
    const rowGross = block.slice(r).tolist() as number[];
    for (const v of rowGross) {
      if (Number.isNaN(v)) {
        console.warn("NaN in", names[i], "row", r);
        continue book;
      }
      gross += Math.abs(v);
    }
  }
  let factor = 1;
  switch (names[i]) {
    case "rates":
      factor = 0.04;
      break;
    case "credit":
      factor = 0.07;
      break;
    default:
      factor = 0.12;
  }
  margins.set(names[i], gross * factor * (riskWeights.get(i) as number));
}

for (const block of blocks) demeanRows(block);
riskWeights.slice("1:").imul(1.1);

let total = 0;
try {
  for (const v of margins.values()) {
    if (!Number.isFinite(v)) throw new RangeError("non-finite margin");
    total += v;
  }
} catch (err) {
  total = -1;
  console.error("margin aggregation failed:", (err as Error).message);
} finally {
  console.log("ticks processed:", ticks);
}

for (const [name, m] of margins) console.log(`${name.padEnd(12)} margin ${m.toFixed(3)}`);
console.log("total margin:", total.toFixed(3), "risk weights:", riskWeights.tolist());
console.log("demeaned blocks:", blocks.map((b) => b.tolist()));
