// Builds a quadtree index over a raster and a chain of overview levels, each level linking only to the next coarser one.
import { arange, empty, zeros, NDArray } from "ndalias";

class QuadNode {
  children: QuadNode[] = [];
  stats: NDArray;
  constructor(readonly window: NDArray, readonly row: number, readonly col: number) {
    this.stats = zeros(3);
    this.stats.assign(":", [window.min(), window.max(), window.mean()]);
  }
}

class OverviewLevel {
  coarser: OverviewLevel | null = null;
  constructor(readonly factor: number, readonly grid: NDArray) {}
}

export function buildQuadtree(raster: NDArray, r0: number, c0: number, size: number, minSize: number): QuadNode {
  const node = new QuadNode(raster.slice(`${r0}:${r0 + size}`, `${c0}:${c0 + size}`), r0, c0);
  if (size > minSize) {
    const half = size / 2;
    for (const [dr, dc] of [[0, 0], [0, half], [half, 0], [half, half]]) {
      node.children.push(buildQuadtree(raster, r0 + dr, c0 + dc, half, minSize));
    }
  }
  return node;
}

function halve(grid: NDArray): NDArray {
  const n = grid.shape[0] / 2;
  const out = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) out.set([i, j], grid.slice(`${2 * i}:${2 * i + 2}`, `${2 * j}:${2 * j + 2}`).mean());
  }
  return out;
}

export function buildOverviewChain(raster: NDArray, levels: number): OverviewLevel {
  const first = new OverviewLevel(1, raster.copy());
  let previous = first;
  for (let k = 1; k <= levels; k++) {
    const level = new OverviewLevel(2 ** k, halve(previous.grid));
    previous.coarser = level;
    previous = level;
  }
  return first;
}

export function levelRegistry(root: OverviewLevel): NDArray {
  const grids: NDArray[] = [];
  for (let l: OverviewLevel | null = root; l; l = l.coarser) grids.push(l.grid);
  const registry = empty(grids.length, "object");
  grids.forEach((g, k) => {
    registry.set(k, g);
  });
  return registry;
}

const raster = arange(0, 64).reshape(8, 8);
const tree = buildQuadtree(raster, 0, 0, 8, 2);
console.log("root stats:", tree.stats.tolist(), "leaf stats:", tree.children[3].children[0].stats.tolist());
const chain = buildOverviewChain(raster, 2);
const registry = levelRegistry(chain);
const coarsest: NDArray = registry.get(registry.size - 1);
console.log("levels:", registry.size, "coarsest overview:", coarsest.tolist());
