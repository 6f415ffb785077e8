// Quadtree occupancy analysis: recursive helpers split a grid into quadrant views to build a tree, a void painter marks sparse leaves, and reporting passes normalise leaves and damp the hottest quadrant.
import { zeros, NDArray } from "ndalias";

export interface QuadNode {
  row: number;
  col: number;
  size: number;
  mass: number;
  children: QuadNode[];
}

const OFFSETS = [[0, 0], [0, 1], [1, 0], [1, 1]];

function quadrants(tile: NDArray): NDArray[] {
  const h = tile.shape[0] / 2;
  return [
    tile.slice(`0:${h}`, `0:${h}`),
    tile.slice(`0:${h}`, `${h}:`),
    tile.slice(`${h}:`, `0:${h}`),
    tile.slice(`${h}:`, `${h}:`),
  ];
}

export function build(tile: NDArray, row = 0, col = 0, minSize = 2): QuadNode {
  const node: QuadNode = { row, col, size: tile.shape[0], mass: tile.sum(), children: [] };
  if (node.size <= minSize || node.mass === 0) return node;
  const h = node.size / 2;
  node.children = quadrants(tile).map((q, i) => build(q, row + OFFSETS[i][0] * h, col + OFFSETS[i][1] * h, minSize));
  return node;
}

export function markSparse(tile: NDArray, threshold: number): void {
  if (tile.shape[0] <= 2) {
    if (tile.sum() < threshold) tile.fill(-1);
    return;
  }
  for (const q of quadrants(tile)) markSparse(q, threshold);
}

export function leafPeaks(tile: NDArray, minSize: number): number[] {
  if (tile.shape[0] <= minSize) {
    const peak = tile.max();
    tile.idiv(peak || 1); // expect: no-alias-mutation
    return [peak];
  }
  return quadrants(tile).flatMap((q) => leafPeaks(q, minSize));
}

export function hottestQuadrant(grid: NDArray, damping: number): number {
  const sums = quadrants(grid).map((q) => q.sum());
  const best = sums.indexOf(Math.max(...sums));
  const h = grid.shape[0] / 2;
  const r0 = OFFSETS[best][0] * h;
  const c0 = OFFSETS[best][1] * h;
  const hot = grid.slice(`${r0}:${r0 + h}`, `${c0}:${c0 + h}`);
  hot.imul(damping); // expect: no-view-mutation
  return best;
}

export function coarsen(grid: NDArray): NDArray {
  const n = grid.shape[0] / 2;
  const out = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      out.set([i, j], grid.slice(`${2 * i}:${2 * i + 2}`, `${2 * j}:${2 * j + 2}`).sum());
    }
  }
  return out;
}

export function edgeMass(grid: NDArray): number {
  const n = grid.shape[0];
  const rows = grid.slice(0).sum() + grid.slice(n - 1).sum();
  const sides = grid.slice("1:-1", 0).sum() + grid.slice("1:-1", n - 1).sum();
  return rows + sides;
}

export function depth(node: QuadNode): number {
  return node.children.reduce((d, c) => Math.max(d, 1 + depth(c)), 0);
}
