// Paints a quadtree heat map: a void recursive painter fills quadrant views of the tile it is given, and an energy estimate recurses over copies.
import { zeros, NDArray } from "ndalias";

function paint(tile: NDArray, depth: number): void {
  const n = tile.shape[0];
  if (depth === 0 || n < 2) {
    tile.fill(depth + 1);
    return;
  }
  const h = n / 2;
  paint(tile.slice(`0:${h}`, `0:${h}`), depth - 1);
  paint(tile.slice(`${h}:`, `${h}:`), depth - 1);
  tile.slice(`0:${h}`, `${h}:`).fill(-1);
}

function energy(tile: NDArray, depth: number): number {
  const n = tile.shape[0];
  if (depth === 0 || n < 2) return tile.sum();
  const h = n / 2;
  const quads = [
    tile.slice(`0:${h}`, `0:${h}`),
    tile.slice(`${h}:`, `${h}:`),
  ].map((q) => q.copy());
  quads.forEach((q) => q.imul(0.5));
  return quads.reduce((acc, q) => acc + energy(q, depth - 1), 0);
}

const map = zeros([8, 8]);
paint(map, 2);
const total = energy(map, 3);
console.log("energy:", total, "painted:", map.sum());
