// Dijkstra pathfinding for NPCs on a weighted tile grid with swamps and walls, answering several route queries.
import { full, NDArray } from "ndalias";

const NEIGHBOURS: Array<[number, number]> = [[1, 0], [-1, 0], [0, 1], [0, -1]];

class TileGrid {
  costs: NDArray;

  constructor(readonly w: number, readonly h: number) {
    this.costs = full([h, w], 1);
  }

  addSwamp(x0: number, y0: number, x1: number, y1: number): void {
    this.costs.slice(`${y0}:${y1}`, `${x0}:${x1}`).fill(4);
  }

  addWall(y: number, from: number, to: number): void {
    this.costs.slice(y, `${from}:${to}`).fill(Infinity);
  }

  inBounds(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.w && y < this.h;
  }

  findPath(sx: number, sy: number, gx: number, gy: number): Array<[number, number]> {
    const dist = full([this.h, this.w], Infinity);
    const prev = full([this.h, this.w], -1, "int32");
    const terrain = this.costs;
    dist.set([sy, sx], 0);
    const open: Array<[number, number]> = [[sx, sy]];

    while (open.length > 0) {
      open.sort((p, q) => dist.get(q[1], q[0]) - dist.get(p[1], p[0]));
      const [x, y] = open.pop()!;
      if (x === gx && y === gy) break;
      const here = dist.get(y, x);
      terrain.set([y, x], Infinity); // expect: no-alias-mutation
      for (const [dx, dy] of NEIGHBOURS) {
        const nx = x + dx;
        const ny = y + dy;
        if (!this.inBounds(nx, ny)) continue;
        const stepCost = terrain.get(ny, nx);
        if (!Number.isFinite(stepCost)) continue;
        const nd = here + stepCost;
        if (nd < dist.get(ny, nx)) {
          dist.set([ny, nx], nd);
          prev.set([ny, nx], y * this.w + x);
          open.push([nx, ny]);
        }
      }
    }

    const path: Array<[number, number]> = [];
    let cur = gy * this.w + gx;
    if (!Number.isFinite(dist.get(gy, gx))) return path;
    while (cur >= 0) {
      const cx = cur % this.w;
      const cy = Math.floor(cur / this.w);
      path.unshift([cx, cy]);
      cur = prev.get(cy, cx);
    }
    return path;
  }

  pathCost(path: Array<[number, number]>): number {
    let total = 0;
    for (let i = 1; i < path.length; i++) {
      const [x, y] = path[i];
      total += this.costs.get(y, x);
    }
    return total;
  }

  passableTiles(): number {
    let n = 0;
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        if (Number.isFinite(this.costs.get(y, x))) n++;
      }
    }
    return n;
  }
}

function describeRoute(name: string, grid: TileGrid, path: Array<[number, number]>): string {
  if (path.length === 0) return `${name}: no route`;
  const steps = path.map(([x, y]) => `${x},${y}`).join(" > ");
  return `${name}: ${path.length} tiles, cost ${grid.pathCost(path)} via ${steps}`;
}

const grid = new TileGrid(7, 5);
grid.addSwamp(2, 1, 4, 4);
grid.addWall(2, 0, 2);
console.log("passable tiles before queries:", grid.passableTiles());

const scoutRoute = grid.findPath(0, 0, 6, 4);
console.log(describeRoute("scout", grid, scoutRoute));

const medicRoute = grid.findPath(6, 0, 0, 4);
console.log(describeRoute("medic", grid, medicRoute));

console.log("passable tiles after queries:", grid.passableTiles());
