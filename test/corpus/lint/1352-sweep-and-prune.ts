// Sweep-and-prune broadphase for a 2D physics step: fattens the awake boxes, sweeps them along x and lists candidate pairs.
import { array, zeros, NDArray } from "ndalias";

// One row per body: [minX, minY, maxX, maxY]
const boxes = array([
  [0.0, 0.0, 1.0, 1.0],
  [0.95, 0.2, 2.0, 1.1],
  [3.0, 0.0, 4.0, 1.0],
  [4.08, 0.5, 5.0, 1.5],
  [10.0, 10.0, 11.0, 11.0],
]);
const velocities = array([
  [1, 0],
  [0, 0],
  [0.5, 0],
  [-0.5, 0],
  [0, 0],
]);
const awake = [0, 2, 3];
const MARGIN = 0.05;
const FATTEN = array([-MARGIN, -MARGIN, MARGIN, MARGIN]);

interface BroadphaseState {
  boxes: NDArray;
  velocities: NDArray;
}

function overlap(b: NDArray, i: number, j: number): boolean {
  return (
    (b.get(i, 0) as number) <= (b.get(j, 2) as number) &&
    (b.get(j, 0) as number) <= (b.get(i, 2) as number) &&
    (b.get(i, 1) as number) <= (b.get(j, 3) as number) &&
    (b.get(j, 1) as number) <= (b.get(i, 3) as number)
  );
}

// Grows every box by its displacement over dt so fast bodies do not tunnel.
function sweptBounds(state: BroadphaseState, dt: number): NDArray {
  const { boxes: swept, velocities: vel } = state;
  const n = swept.shape[0];
  const grow = zeros([n, 4]);
  for (let i = 0; i < n; i++) {
    const dx = (vel.get(i, 0) as number) * dt;
    const dy = (vel.get(i, 1) as number) * dt;
    grow.set([i, dx < 0 ? 0 : 2], dx);
    grow.set([i, dy < 0 ? 1 : 3], dy);
  }
  swept.iadd(grow); // expect: no-alias-mutation
  return swept;
}

function sweepAndPrune(b: NDArray): Array<[number, number]> {
  const minX = b.slice(":", 0).copy();
  const order = (minX.tolist() as number[])
    .map((x, i) => ({ x, i }))
    .sort((p, q) => p.x - q.x)
    .map((p) => p.i);
  const pairs: Array<[number, number]> = [];
  const active: number[] = [];
  for (const i of order) {
    const start = b.get(i, 0) as number;
    for (let k = active.length - 1; k >= 0; k--) {
      if ((b.get(active[k], 2) as number) < start) active.splice(k, 1);
    }
    for (const j of active) if (overlap(b, i, j)) pairs.push(j < i ? [j, i] : [i, j]);
    active.push(i);
  }
  return pairs;
}

function sortedExtents(b: NDArray): number[] {
  const widths = b.slice(":", 2).sub(b.slice(":", 0));
  widths.sort();
  return widths.tolist() as number[];
}

// Fatten only the bodies that can move this step.
boxes.take(awake, 0).iadd(FATTEN); // expect: no-lost-write

const dt = 1 / 30;
const swept = sweptBounds({ boxes, velocities }, dt);
const pairs = sweepAndPrune(swept);
console.log("candidate pairs:", pairs.map(([i, j]) => `${i}-${j}`).join(" ") || "none");
console.log("box widths, sorted:", sortedExtents(swept));

const centres = boxes.slice(":", ":2").add(boxes.slice(":", "2:")).mul(0.5);
centres.iadd(velocities.mul(dt));
console.log("predicted centres:", centres.tolist());
