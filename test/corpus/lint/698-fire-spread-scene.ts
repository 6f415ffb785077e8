// 2-D game engine level logic: double-buffered fire spread on a tile map, patrol waypoints for guards and a heat overlay for the HUD.
import { array, zeros, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Pair<A, B> = { a: A; b: B };

const EMPTY = 0;
const GRASS = 1;
const FIRE = 2;
const ASH = 3;

class Waypoint {
  next: Waypoint | null = null;
  readonly at: NDArray;
  constructor(x: number, y: number, readonly waitTicks: number) {
    this.at = array([x, y]);
  }
}

class Guard {
  readonly pos: NDArray;
  target: Waypoint;
  waited = 0;
  constructor(readonly name: string, start: Waypoint) {
    this.pos = start.at.copy();
    this.target = start;
  }
}

function pair<A, B>(a: A, b: B): Pair<A, B> {
  return { a, b };
}

function burningNeighbours(tiles: NDArray, r: number, c: number): number {
  let n = 0;
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    const rr = r + dr;
    const cc = c + dc;
    if (rr >= 0 && cc >= 0 && rr < tiles.shape[0] && cc < tiles.shape[1] && tiles.get(rr, cc) === FIRE) n++;
  }
  return n;
}

function nextState(tiles: NDArray, r: number, c: number): number {
  const s = tiles.get(r, c);
  if (s === FIRE) return ASH;
  if (s === GRASS && burningNeighbours(tiles, r, c) > 0) return FIRE;
  return s;
}

function simulateFire(initial: NDArray, steps: number): NDArray {
  let front = initial.copy();
  let back = zeros(initial.shape);
  for (let t = 0; t < steps; t++) {
    for (let r = 0; r < front.shape[0]; r++) {
      for (let c = 0; c < front.shape[1]; c++) {
        back.set([r, c], nextState(front, r, c));
      }
    }
    [front, back] = [back, front];
  }
  return front;
}

function countState(tiles: NDArray, state: number): number {
  let n = 0;
  for (let i = 0; i < tiles.size; i++) if ((tiles.data[i] as number) === state) n++;
  return n;
}

function buildPatrol(points: [number, number, number][]): Option<Waypoint> {
  const nodes = points.map(([x, y, w]) => new Waypoint(x, y, w));
  for (let i = 0; i + 1 < nodes.length; i++) {
    nodes[i].next = nodes[i + 1];
  }
  return nodes.at(0);
}

/** Moves a guard one tick along its patrol, in place. */
function advanceGuard(guard: Guard, speed: number): void {
  const delta = guard.target.at.sub(guard.pos);
  const dist = Math.sqrt(delta.mul(delta).sum());
  if (dist <= speed) {
    guard.pos.assign(":", guard.target.at);
    if (guard.waited++ >= guard.target.waitTicks && guard.target.next) {
      guard.target = guard.target.next;
      guard.waited = 0;
    }
    return;
  }
  guard.pos.iadd(delta.mul(speed / dist));
}

function heatOverlay(tiles: NDArray, guards: Guard[]): NDArray {
  let heat: NDArray = tiles;
  heat = heat.astype("float64");
  for (let i = 0; i < heat.size; i++) {
    const v = heat.data[i] as number;
    heat.data[i] = v === FIRE ? 1 : v === ASH ? 0.3 : 0;
  }
  for (const g of guards) {
    const r = Math.round(g.pos.get(1));
    const c = Math.round(g.pos.get(0));
    if (r >= 0 && c >= 0 && r < heat.shape[0] && c < heat.shape[1]) heat.set([r, c], -1);
  }
  return heat;
}

function borderFirebreak(rows: number, cols: number): NDArray {
  const map = zeros([rows, cols]);
  map.fill(GRASS);
  map.slice(0).fill(EMPTY);
  map.slice(-1).fill(EMPTY);
  map.slice(":", 0).fill(EMPTY);
  map.slice(":", -1).fill(EMPTY);
  return map;
}

function summarize(tiles: NDArray): Pair<number, number> {
  const burning = countState(tiles, FIRE);
  const firstRow = tiles.slice(1);
  return pair(burning, firstRow.sum());
}

const level = borderFirebreak(6, 7);
level.set([2, 3], FIRE);
level.set([3, 2], EMPTY);
const start = summarize(level);
console.log(`start: ${start.a} burning, row-1 sum ${start.b}`);

const after3 = simulateFire(level, 3);
console.log("after 3 ticks:", countState(after3, FIRE), "burning,", countState(after3, ASH), "ash");
console.log("level unchanged:", countState(level, FIRE), "burning");

const route = buildPatrol([
  [1, 1, 0],
  [5, 1, 1],
  [5, 4, 0],
]);
if (route) {
  const guards = [new Guard("north", route), new Guard("south", route.next ?? route)];
  for (let t = 0; t < 6; t++) guards.forEach((g) => advanceGuard(g, 1.5));
  guards.forEach((g) => console.log(`${g.name} at ${g.pos.tolist()}`));
  const overlay = heatOverlay(after3, guards);
  console.log("overlay min/max:", overlay.min(), overlay.max());
}

level.fill(ASH);
const scorched = level.slice(2);
console.log("scorched row mean:", scorched.mean());
