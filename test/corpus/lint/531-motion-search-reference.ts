// Block-matching motion estimation against a module-level reference frame, with per-macroblock activity and mean statistics.
import { zeros, NDArray } from "ndalias";

const MB = 8;
const REF_H = 32;
const REF_W = 32;

const REFERENCE = zeros([REF_H, REF_W]);
for (let r = 0; r < REF_H; r++) {
  for (let c = 0; c < REF_W; c++) {
    REFERENCE.set([r, c], (r * 7 + c * 3) % 255);
  }
}

function macroblock(r: number, c: number): string {
  return `${r}:${r + MB}, ${c}:${c + MB}`;
}

function sad(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  let s = 0;
  for (let i = 0; i < MB; i++) {
    for (let j = 0; j < MB; j++) s += Math.abs(d.get(i, j));
  }
  return s;
}

function blockMean(r: number, c: number): number {
  return REFERENCE.slice(macroblock(r, c)).mean();
}

function blockVariance(r: number, c: number): number {
  const mb = REFERENCE.slice(macroblock(r, c)).copy();
  mb.isub(mb.mean());
  return mb.mul(mb).mean();
}

function blockActivity(r: number, c: number): number {
  const mb = REFERENCE.slice(macroblock(r, c));
  mb.isub(mb.mean()); // expect: no-view-mutation
  return mb.mul(mb).sum() / (MB * MB);
}

function bestMotionVector(cur: NDArray, r: number, c: number, range: number): [number, number, number] {
  let best: [number, number, number] = [0, 0, Infinity];
  for (let dy = -range; dy <= range; dy++) {
    for (let dx = -range; dx <= range; dx++) {
      const y = r + dy;
      const x = c + dx;
      if (y < 0 || x < 0 || y + MB > REF_H || x + MB > REF_W) continue;
      const cost = sad(cur, REFERENCE.slice(macroblock(y, x)));
      if (cost < best[2]) best = [dy, dx, cost];
    }
  }
  return best;
}

function decayReference(k: number): void {
  REFERENCE.imul(k);
}

const current = REFERENCE.slice(macroblock(9, 10)).copy();
current.iadd(2);

console.log("mean of MB (8,8):", blockMean(8, 8), "variance:", blockVariance(8, 8));
console.log("activity of MB (16,16):", blockActivity(16, 16));
console.log("best vector for MB (8,8):", bestMotionVector(current, 8, 8, 3));
decayReference(0.5);
console.log("reference energy after decay:", REFERENCE.sum());
