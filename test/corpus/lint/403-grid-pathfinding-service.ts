// Occupancy-grid pathfinding service for a warehouse robot: loads traversal costs, marks obstacles, profiles columns and plans BFS routes.
// runnable
import { array, zeros, NDArray, ShapeError } from "ndalias";

type Cell = [number, number];

interface RouteResult {
  path: Cell[];
  cost: number;
}

class GridPlanner {
  private cells: NDArray;
  private costs: NDArray;
  private readonly routeCache = new Map<string, RouteResult>();
  private readonly blockedLog: Cell[] = [];
  showCosts = false;

  constructor(private readonly size: number, private readonly scale: number) {
    this.cells = zeros([size, size]);
    this.costs = zeros([size, size]);
    this.costs.fill(1);
  }

  private static ensureSquare(grid: NDArray): NDArray {
    if (grid.ndim !== 2 || grid.shape[0] !== grid.shape[1]) {
      throw new ShapeError(`expected a square grid, got shape ${grid.shape.join("x")}`);
    }
    return grid;
  }

  static key(from: Cell, to: Cell): string {
    return `${from.join(",")}->${to.join(",")}`;
  }

  private inside([r, c]: Cell): boolean {
    return r >= 0 && c >= 0 && r < this.size && c < this.size;
  }

  private isFree([r, c]: Cell): boolean {
    return this.cells.get(r, c) === 0;
  }

  private neighbours([r, c]: Cell): Cell[] {
    const around: Cell[] = [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ];
    return around.filter((n) => this.inside(n) && this.isFree(n));
  }

  loadCosts(source: NDArray): number {
    const costs = GridPlanner.ensureSquare(source);
    costs.imul(this.scale); // expect: no-alias-mutation
    this.costs.assign(":", costs);
    this.routeCache.clear();
    return source.max();
  }

  markBlocked(points: Cell[]): number {
    const layer = this.showCosts ? this.costs : this.cells;
    for (const [r, c] of points) {
      layer.set([r, c], 1); // expect: no-alias-mutation
      this.blockedLog.push([r, c]);
    }
    this.routeCache.clear();
    return this.cells.sum();
  }

  columnProfile(col: number): NDArray {
    const profile = this.costs.T.slice(col);
    profile.iadd(this.cells.slice(":", col).mul(10)); // expect: no-view-mutation
    return profile;
  }

  occupancyRatio(): number {
    return this.cells.mean();
  }

  averageCost(): number {
    return this.costs.mean();
  }

  pathCost(path: Cell[]): number {
    let total = 0;
    for (const [r, c] of path) {
      total += this.costs.get(r, c);
    }
    return total;
  }

  plan(from: Cell, to: Cell): RouteResult | null {
    const key = GridPlanner.key(from, to);
    const cached = this.routeCache.get(key);
    if (cached) return cached;
    const visited = zeros([this.size, this.size]);
    const parents = new Map<string, Cell>();
    const queue: Cell[] = [from];
    visited.set(from, 1);
    while (queue.length > 0) {
      const current = queue.shift()!;
      if (current[0] === to[0] && current[1] === to[1]) {
        const path: Cell[] = [current];
        let step = parents.get(current.join(","));
        while (step) {
          path.unshift(step);
          step = parents.get(step.join(","));
        }
        const result = { path, cost: this.pathCost(path) };
        this.routeCache.set(key, result);
        return result;
      }
      for (const n of this.neighbours(current)) {
        if (visited.get(n[0], n[1]) === 0) {
          visited.set(n, 1);
          parents.set(n.join(","), current);
          queue.push(n);
        }
      }
    }
    console.log("unreachable, explored cells:", visited.sum());
    return null;
  }

  clearObstacles(): void {
    this.cells.fill(0);
    this.blockedLog.length = 0;
    this.routeCache.clear();
  }

  snapshot(): NDArray {
    return this.cells.copy();
  }

  dispose(): void {
    this.cells.dispose();
    this.costs.dispose();
    this.routeCache.clear();
  }
}

const planner = new GridPlanner(4, 2);
const surveyed = array([
  [1, 1, 2, 1],
  [1, 3, 2, 1],
  [1, 1, 1, 4],
  [2, 1, 1, 1],
]);
console.log("max surveyed cost:", planner.loadCosts(surveyed));
console.log("surveyed grid total:", surveyed.sum());

console.log(
  "blocked cells:",
  planner.markBlocked([
    [1, 1],
    [2, 1],
  ]),
);
console.log("column 1 profile:", planner.columnProfile(1).tolist());
const route = planner.plan([0, 0], [3, 3]);
console.log("route:", route?.path, "cost:", route?.cost);
console.log("average cost:", planner.averageCost());
console.log("occupancy:", planner.occupancyRatio(), "snapshot:", planner.snapshot().tolist());
planner.clearObstacles();
planner.dispose();
