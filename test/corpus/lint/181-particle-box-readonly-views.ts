// Particle box simulation: a pairwise distance matrix is checked through its read-only diagonal(), gravity is broadcast to every particle with broadcastTo(), and walls reflect particles in a void step.
// runnable
import { array, zeros, NDArray } from "ndalias";

const BOX = 10;
const GRAVITY = array([0, -9.81]);

function distances(pos: NDArray): NDArray {
  const n = pos.shape[0];
  const d = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const diff = pos.slice(i).sub(pos.slice(j));
      d.set([i, j], Math.sqrt(diff.mul(diff).sum()));
    }
  }
  return d;
}

function step(pos: NDArray, vel: NDArray, dt: number): void {
  const g = GRAVITY.broadcastTo(vel.shape);
  vel.iadd(g.mul(dt));
  pos.iadd(vel.mul(dt));
  for (let i = 0; i < pos.shape[0]; i++) {
    for (let k = 0; k < pos.shape[1]; k++) {
      const x = pos.get(i, k);
      if (x < 0 || x > BOX) {
        pos.set([i, k], Math.min(BOX, Math.max(0, x)));
        vel.set([i, k], -0.8 * vel.get(i, k));
      }
    }
  }
}

function nearestNeighbours(d: NDArray): number[] {
  const masked = d.copy();
  const n = masked.shape[0];
  for (let i = 0; i < n; i++) masked.set([i, i], Infinity);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = masked.slice(i);
    let best = 0;
    for (let j = 1; j < n; j++) if (row.get(j) < row.get(best)) best = j;
    out.push(best);
  }
  return out;
}

const positions = array([[1, 9], [4, 5], [8, 2], [5, 5]]);
const velocities = array([[2, 0], [0, 3], [-1, 1], [0.5, -0.5]]);

const d0 = distances(positions);
const selfDistance = d0.diagonal();
console.log("self distances:", selfDistance.tolist(), "nearest:", nearestNeighbours(d0));

const start = positions.copy();
for (let t = 0; t < 20; t++) step(positions, velocities, 0.05);

const disp = positions.sub(start);
disp.imul(disp);
console.log("mean squared displacement:", (disp.sum() / positions.shape[0]).toFixed(3));

const centroid = zeros(2);
for (let i = 0; i < positions.shape[0]; i++) centroid.iadd(positions.slice(i));
centroid.idiv(positions.shape[0]);
const spread = positions.sub(centroid.broadcastTo(positions.shape));
console.log("centroid:", centroid.tolist(), "max spread:", spread.max().toFixed(3));

const d1 = distances(positions);
const trace = d1.diagonal();
console.log("trace after motion:", trace.sum(), "nearest now:", nearestNeighbours(d1));
d1.fill(0);
console.log("distance buffer cleared for reuse:", d1.max());
