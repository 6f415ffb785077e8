// Records particle-group trajectories into a history buffer, recentres groups for the follow camera, and exports the scaled last frame.
import { zeros, NDArray } from "ndalias";

const STEPS = 5;
const N = 4;
const PIXELS_PER_METRE = 50;

class Group {
  pos: NDArray;
  vel: NDArray;
  constructor(readonly label: string, pos: NDArray, vel: NDArray) {
    this.pos = pos;
    this.vel = vel;
  }

  static orbiting(label: string, n: number, radius: number, cx: number): Group {
    const pos = zeros([n, 2]);
    const vel = zeros([n, 2]);
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      pos.set([i, 0], cx + radius * Math.cos(a));
      pos.set([i, 1], radius * Math.sin(a));
      vel.set([i, 0], -Math.sin(a));
      vel.set([i, 1], Math.cos(a));
    }
    return new Group(label, pos, vel);
  }
}

function* groupsOf(groups: Group[], minSize: number): Generator<Group> {
  for (const g of groups) {
    if (g.pos.shape[0] >= minSize) yield g;
  }
}

function* framesOf(history: NDArray): Generator<NDArray> {
  for (let s = 0; s < history.shape[0]; s++) {
    yield history.slice(s).copy();
  }
}

export function recentre(pos: NDArray): number[] {
  const xs = pos.slice(":", 0);
  const ys = pos.slice(":", 1);
  const shift = [xs.mean(), ys.mean()];
  xs.isub(shift[0]); // expect: no-view-mutation
  ys.isub(shift[1]); // expect: no-view-mutation
  return shift;
}

export function centroid(pos: NDArray): number[] {
  return [pos.slice(":", 0).mean(), pos.slice(":", 1).mean()];
}

function advance(group: Group, dt: number): void {
  const pull = group.pos.mul(dt);
  group.vel.isub(pull);
  group.pos.iadd(group.vel.mul(dt));
}

const groups = [Group.orbiting("ring", N, 1.0, 0.5), Group.orbiting("pair", 2, 0.3, -1)];
const history = zeros([STEPS, N, 2]);
const cameraPath: number[][] = [];

for (let s = 0; s < STEPS; s++) {
  for (const g of groupsOf(groups, N)) {
    advance(g, 0.1);
    history.slice(s).assign("...", g.pos);
    cameraPath.push(centroid(g.pos));
  }
}

const follow = groups.map((g) => g.pos.copy());
const shifts = follow.map((p) => recentre(p));

const lastFlat = history.slice(-1).ravel();
lastFlat.imul(PIXELS_PER_METRE); // expect: no-view-mutation

let travelled = 0;
let prevFrame: NDArray | null = null;
for (const frame of framesOf(history)) {
  if (prevFrame) {
    const d = frame.sub(prevFrame);
    travelled += Math.sqrt(d.mul(d).sum());
  }
  prevFrame = frame;
}

console.log("camera path:", cameraPath.map((c) => c.map((v) => v.toFixed(2)).join(",")).join(" | "));
console.log("shifts:", shifts, "recentred ring:", follow[0].tolist());
console.log("export (px):", lastFlat.tolist());
console.log("distance travelled (m):", travelled.toFixed(3), "frames:", history.shape[0]);
