// Verlet rope for a grappling hook: every step returns a new rope built from fresh arrays, with pinned ends, damping and length constraints.
import { zeros, NDArray } from "ndalias";

interface Rope {
  readonly pos: NDArray; // n x 2
  readonly prev: NDArray; // n x 2
  readonly pinned: readonly boolean[];
  readonly step: number;
}

const DT = 1 / 30;
const GRAVITY = 9.81;
const SEGMENT = 1.0;

function makeRope(n: number, segment: number): Rope {
  const pos = zeros([n, 2]);
  for (let i = 0; i < n; i++) pos.set([i, 0], i * segment);
  const pinned = Array.from({ length: n }, (_, i) => i === 0);
  return { pos, prev: pos.copy(), pinned, step: 0 };
}

function verletStep(r: Rope): Rope {
  const next = r.pos.mul(2).sub(r.prev);
  next.slice(":, 1").isub(GRAVITY * DT * DT);
  r.pinned.forEach((isPinned, i) => {
    if (isPinned) next.slice(i).assign(":", r.pos.slice(i));
  });
  return { ...r, prev: r.pos, pos: next, step: r.step + 1 };
}

function damp(r: Rope, keep: number): Rope {
  let prev: NDArray = r.prev;
  prev = prev.sub(r.pos);
  prev.imul(keep);
  prev.iadd(r.pos);
  return { ...r, prev };
}

function satisfyLengths(r: Rope, iterations: number): Rope {
  const pos = r.pos.copy();
  const n = pos.shape[0];
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n - 1; i++) {
      const dx = pos.get(i + 1, 0) - pos.get(i, 0);
      const dy = pos.get(i + 1, 1) - pos.get(i, 1);
      const len = Math.hypot(dx, dy) || 1e-9;
      const diff = (len - SEGMENT) / len / 2;
      if (!r.pinned[i]) {
        pos.set([i, 0], pos.get(i, 0) + dx * diff);
        pos.set([i, 1], pos.get(i, 1) + dy * diff);
      }
      if (!r.pinned[i + 1]) {
        pos.set([i + 1, 0], pos.get(i + 1, 0) - dx * diff);
        pos.set([i + 1, 1], pos.get(i + 1, 1) - dy * diff);
      }
    }
  }
  return { ...r, pos };
}

function tip(r: Rope): number[] {
  const last = r.pos.shape[0] - 1;
  return [r.pos.get(last, 0), r.pos.get(last, 1)];
}

function stretch(r: Rope): number {
  const n = r.pos.shape[0];
  let total = 0;
  for (let i = 0; i < n - 1; i++) {
    total += Math.hypot(r.pos.get(i + 1, 0) - r.pos.get(i, 0), r.pos.get(i + 1, 1) - r.pos.get(i, 1));
  }
  return total / (SEGMENT * (n - 1));
}

const tick = (r: Rope): Rope => satisfyLengths(damp(verletStep(r), 0.99), 4);

const start = makeRope(6, SEGMENT);
const restHeights = start.pos.slice(":, 1").copy();

let rope = start;
const tips: number[][] = [];
for (let frame = 0; frame < 8; frame++) {
  rope = tick(rope);
  tips.push(tip(rope));
}

console.log("steps:", rope.step, "stretch:", stretch(rope).toFixed(3));
console.log("tip path:", tips.map(([x, y]) => `(${x.toFixed(2)}, ${y.toFixed(2)})`).join(" "));
console.log("sag per node:", rope.pos.slice(":, 1").sub(restHeights).tolist());
console.log("start state untouched:", start.pos.tolist());
