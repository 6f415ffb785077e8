// Sleep islands for a rigid-body world: bodies in contact are merged with union-find and quiet islands are put to sleep.
import { array, zeros, NDArray } from "ndalias";

const HISTORY = 6;
const SLEEP_ENERGY = 0.05;
const DECAY = 0.7;

class Island {
  parent: Island | null = null;
  size = 1;
  energy: NDArray; // kinetic energy over the last HISTORY frames, oldest first
  asleep = false;
  constructor(readonly id: number) {
    this.energy = zeros(HISTORY);
  }
}

class RigidBody {
  vel: NDArray;
  islandId: number;
  constructor(readonly mass: number, vx: number, vy: number, islandId: number) {
    this.vel = array([vx, vy]);
    this.islandId = islandId;
  }
  damp(factor: number): void {
    this.vel.imul(factor);
  }
  kinetic(): number {
    return 0.5 * this.mass * this.vel.mul(this.vel).sum();
  }
}

function makeIsland(id: number): Island {
  const island = new Island(id);
  island.parent = island; // expect: no-reference-cycle
  return island;
}

function find(island: Island): Island {
  let root = island;
  while (root.parent && root.parent !== root) root = root.parent;
  return root;
}

function union(a: Island, b: Island): void {
  const ra = find(a);
  const rb = find(b);
  if (ra === rb) return;
  const [big, small] = ra.size >= rb.size ? [ra, rb] : [rb, ra];
  small.parent = big;
  big.size += small.size;
  big.energy = big.energy.add(small.energy);
}

function recordEnergy(islands: Island[], bodies: RigidBody[]): void {
  const frame = new Map<Island, number>();
  for (const body of bodies) {
    const root = find(islands[body.islandId]);
    frame.set(root, (frame.get(root) ?? 0) + body.kinetic());
  }
  for (const [root, e] of frame) {
    const shifted = (root.energy.tolist() as number[]).slice(1);
    root.energy = array([...shifted, e]);
  }
}

// Decay-weighted energy of the most recent frames.
function recentEnergy(island: Island, frames: number): number {
  const recent = island.energy.slice(`${HISTORY - frames}:`);
  for (let k = 0; k < frames; k++) {
    recent.set(k, (recent.get(k) as number) * DECAY ** (frames - 1 - k)); // expect: no-view-mutation
  }
  return recent.sum();
}

const bodies = [
  new RigidBody(1, 0.01, 0, 0),
  new RigidBody(2, 0, 0.02, 1),
  new RigidBody(1, 3, -1, 2),
  new RigidBody(5, 0, 0, 3),
];
const islands = bodies.map((_, i) => makeIsland(i));
const contacts: Array<[number, number]> = [[0, 1], [1, 3]];
for (const [i, j] of contacts) union(islands[bodies[i].islandId], islands[bodies[j].islandId]);

for (let frame = 0; frame < HISTORY; frame++) {
  recordEnergy(islands, bodies);
  for (const body of bodies) body.damp(0.5);
}

const roots = new Set(islands.map(find));
for (const root of roots) {
  const recent = recentEnergy(root, 3);
  root.asleep = recent < SLEEP_ENERGY;
  console.log(`island ${root.id}: ${root.size} bodies, recent energy ${recent.toFixed(4)}, asleep=${root.asleep}`);
  console.log("  energy history:", (root.energy.tolist() as number[]).map((e) => e.toFixed(4)).join(" "));
}
