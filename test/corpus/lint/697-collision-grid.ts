// 2-D game engine broadphase: a uniform collision grid rebuilt every frame, change detection, pair queries and a layered scene graph.
// runnable
import { array, zeros, empty, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Pair<A, B> = [A, B];

interface Entity {
  id: string;
  x: number;
  y: number;
  radius: number;
  solid: boolean;
}

interface FrameReport {
  frame: number;
  occupied: number;
  changedCells: number;
  pairs: Pair<string, string>[];
}

class Stack<T> {
  private readonly items: T[] = [];
  push(item: T): void {
    this.items.push(item);
  }
  pop(): Option<T> {
    return this.items.pop();
  }
  isEmpty(): boolean {
    return this.items.length === 0;
  }
}

function cellOf(e: Entity, cellSize: number): Pair<number, number> {
  return [Math.floor(e.y / cellSize), Math.floor(e.x / cellSize)];
}

function countChanged(previous: NDArray, current: NDArray): number {
  const diff = current.sub(previous);
  let changed = 0;
  for (let i = 0; i < diff.size; i++) {
    if ((diff.data[i] as number) !== 0) changed += 1;
  }
  return changed;
}

function overlaps(a: Entity, b: Entity): boolean {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const r = a.radius + b.radius;
  return dx * dx + dy * dy <= r * r;
}

class CollisionGrid {
  readonly cells: NDArray;
  private frame = 0;
  private readonly buckets = new Map<number, Entity[]>();

  constructor(readonly rows: number, readonly cols: number, readonly cellSize: number) {
    this.cells = zeros([rows, cols], "int32");
  }

  private key(r: number, c: number): number {
    return r * this.cols + c;
  }

  private insert(e: Entity): boolean {
    const [r, c] = cellOf(e, this.cellSize);
    if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) return false;
    this.cells.set([r, c], this.cells.get(r, c) + 1);
    const k = this.key(r, c);
    const list = this.buckets.get(k) ?? [];
    list.push(e);
    this.buckets.set(k, list);
    return true;
  }

  rebuild(entities: Entity[]): FrameReport {
    const previous = this.cells.ravel();
    this.cells.fill(0); // expect: no-view-mutation
    this.buckets.clear();
    const inserted = entities.filter((e) => e.solid).filter((e) => this.insert(e)).length;
    this.frame += 1;
    return {
      frame: this.frame,
      occupied: inserted,
      changedCells: countChanged(previous, this.cells.ravel()),
      pairs: this.candidatePairs(),
    };
  }

  candidatePairs(): Pair<string, string>[] {
    const pairs: Pair<string, string>[] = [];
    for (const list of this.buckets.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (overlaps(list[i], list[j])) pairs.push([list[i].id, list[j].id]);
        }
      }
    }
    return pairs;
  }

  densest(): Option<Pair<number, number>> {
    const peak = this.cells.max();
    if (peak === 0) return undefined;
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        if (this.cells.get(r, c) === peak) return [r, c];
      }
    }
    return undefined;
  }
}

function buildSceneLayers(grid: CollisionGrid, hudValues: number[]): NDArray {
  const scene = empty(2, "object");
  const hud = empty(2, "object");
  scene.set(0, grid.cells.copy());
  scene.set(1, hud);
  hud.set(0, array(hudValues));
  hud.set(1, scene); // expect: no-reference-cycle
  return scene;
}

function moveAll(entities: Entity[], dx: number, dy: number): void {
  entities.forEach((e) => {
    e.x += dx;
    e.y += dy;
  });
}

const entities: Entity[] = [
  { id: "player", x: 3.2, y: 3.1, radius: 0.6, solid: true },
  { id: "slime", x: 3.6, y: 3.4, radius: 0.5, solid: true },
  { id: "torch", x: 9.0, y: 1.0, radius: 0.2, solid: false },
  { id: "crate", x: 7.5, y: 6.5, radius: 0.9, solid: true },
  { id: "arrow", x: 12.2, y: 2.8, radius: 0.1, solid: true },
];

const grid = new CollisionGrid(4, 4, 4);
const undo = new Stack<FrameReport>();

for (let f = 0; f < 3; f++) {
  const report = grid.rebuild(entities);
  undo.push(report);
  const pairs = report.pairs.map(([a, b]) => `${a}<->${b}`).join(", ") || "none";
  console.log(`frame ${report.frame}: ${report.occupied} solids, ${report.changedCells} changed cells, pairs: ${pairs}`);
  moveAll(entities, 1.5, 0.25);
}

const hot = grid.densest();
console.log("densest cell:", hot ? hot.join(",") : "none");

const layers = buildSceneLayers(grid, [100, 3]);
console.log("scene layers:", layers.size, "grid total:", (layers.get(0) as NDArray).sum());
while (!undo.isEmpty()) {
  const r = undo.pop();
  if (r) console.log(`undo frame ${r.frame}`);
}
layers.dispose();
console.log("broadphase demo done");
