// Sweep-and-prune broadphase for a physics step: per-frame interval buffers, sorted sweeps and candidate pair output.
import { array, zeros, NDArray } from "ndalias";

class Broadphase {
  private readonly minX: NDArray;
  private readonly maxX: NDArray;
  private readonly pairBuf: NDArray;
  pairCount = 0;

  constructor(readonly capacity: number) {
    this.minX = zeros(capacity);
    this.maxX = zeros(capacity);
    this.pairBuf = zeros([capacity * 2, 2], "int32");
  }

  update(centers: NDArray, radii: NDArray): number {
    const n = centers.shape[0];
    for (let i = 0; i < n; i++) {
      this.minX.set(i, centers.get(i, 0) - radii.get(i));
      this.maxX.set(i, centers.get(i, 0) + radii.get(i));
    }
    const order = sortedOrder(this.minX, n);
    this.pairBuf.fill(-1);
    this.pairCount = 0;
    for (let a = 0; a < n; a++) {
      const i = order[a];
      for (let b = a + 1; b < n; b++) {
        const j = order[b];
        if (this.minX.get(j) > this.maxX.get(i)) break;
        if (this.pairCount < this.pairBuf.shape[0] && overlapY(centers, radii, i, j)) {
          this.pairBuf.set([this.pairCount, 0], Math.min(i, j));
          this.pairBuf.set([this.pairCount, 1], Math.max(i, j));
          this.pairCount++;
        }
      }
    }
    return this.pairCount;
  }

  pairs(): number[][] {
    const live = this.pairBuf.slice(`:${this.pairCount}`);
    return live.tolist() as number[][];
  }
}

function sortedOrder(keys: NDArray, n: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < n; i++) idx.push(i);
  return idx.sort((p, q) => keys.get(p) - keys.get(q));
}

function overlapY(centers: NDArray, radii: NDArray, i: number, j: number): boolean {
  const dy = Math.abs(centers.get(i, 1) - centers.get(j, 1));
  return dy <= radii.get(i) + radii.get(j);
}

function medianRadius(radii: NDArray): number {
  const sorted = radii.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function paddedRadii(radii: NDArray, margin: number): NDArray {
  const padded = radii.add(margin);
  padded.imul(1.05);
  return padded;
}

const centers = array([
  [0, 0],
  [1.5, 0.2],
  [5, 5],
  [5.6, 4.8],
  [10, 0],
  [11.2, 0.5],
]);
const radii = array([1, 1, 0.5, 0.5, 1, 0.4]);
const bp = new Broadphase(8);

console.log("frame 0 pairs:", bp.update(centers, radii), JSON.stringify(bp.pairs()));

// Next frame: bodies drift right; the moved set is a new array, the old frame stays intact.
let moved: NDArray = centers;
moved = centers.add(array([0.3, 0]));
moved.slice(":", 1).isub(0.1);
console.log("frame 1 pairs:", bp.update(moved, radii), JSON.stringify(bp.pairs()));
console.log("frame 0 centres still:", centers.slice(0).tolist(), "frame 1:", moved.slice(0).tolist());

// Speculative contacts use inflated radii; the real radii are untouched.
const speculative = paddedRadii(radii, 0.25);
console.log("speculative pairs:", bp.update(moved, speculative), JSON.stringify(bp.pairs()));
console.log("median radius:", medianRadius(radii), "median padded:", medianRadius(speculative).toFixed(3));

// Separate scratch buffers per axis; neither shares memory with the other.
const sweepX = zeros(centers.shape[0]);
const sweepY = zeros(centers.shape[0]);
for (let i = 0; i < centers.shape[0]; i++) {
  sweepX.set(i, moved.get(i, 0));
  sweepY.set(i, moved.get(i, 1));
}
sweepX.isub(sweepX.mean());
sweepY.isub(sweepY.mean());
const spreadX = sweepX.mul(sweepX).mean();
const spreadY = sweepY.mul(sweepY).mean();
console.log("sweep axis:", spreadX >= spreadY ? "x" : "y", spreadX.toFixed(3), spreadY.toFixed(3));

const picked = radii.take([0, 2, 4]);
picked.imul(2);
console.log("doubled picked radii:", picked.tolist(), "originals:", radii.tolist());
