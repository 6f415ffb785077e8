// Collision pipeline for axis-aligned boxes: sort-and-sweep broadphase, overlap narrowphase, positional correction, and a ring of spatial buckets.
import { array, zeros, NDArray } from "ndalias";

export class Collider {
  readonly center: NDArray;
  readonly half: NDArray;
  readonly vel: NDArray;

  constructor(
    readonly id: number,
    cx: number,
    cy: number,
    hw: number,
    hh: number,
    readonly isStatic = false,
  ) {
    this.center = array([cx, cy]);
    this.half = array([hw, hh]);
    this.vel = zeros(2);
  }
}

export type Pair = [number, number];

export function aabb(c: Collider): NDArray {
  const lo = c.center.sub(c.half);
  const hi = c.center.add(c.half);
  return array([lo.get(0), lo.get(1), hi.get(0), hi.get(1)]);
}

// ---- spatial buckets (plain bookkeeping, no arrays) ------------------------------------------

export class Bucket {
  next: Bucket | null = null;
  count = 0;
  constructor(readonly key: string) {}
}

export function makeRing(keys: string[]): Bucket | null {
  if (keys.length === 0) return null;
  const head = new Bucket(keys[0]);
  head.next = head;
  let tail = head;
  for (const key of keys.slice(1)) {
    const b = new Bucket(key);
    b.next = head;
    tail.next = b;
    tail = b;
  }
  return head;
}

export function bucketKey(c: Collider, cell: number): string {
  return `${Math.floor(c.center.get(0) / cell)},${Math.floor(c.center.get(1) / cell)}`;
}

export function tally(ring: Bucket | null, colliders: readonly Collider[], cell: number): number {
  if (!ring) return 0;
  let hits = 0;
  for (const c of colliders) {
    const key = bucketKey(c, cell);
    let b: Bucket = ring;
    do {
      if (b.key === key) {
        b.count++;
        hits++;
        break;
      }
      b = b.next ?? ring;
    } while (b !== ring);
  }
  return hits;
}

// ---- broadphase --------------------------------------------------------------------------------

export class SweepAndPrune {
  private bounds: NDArray = zeros([0, 4]);
  private order: number[] = [];

  /** Refreshes the cached boxes from the colliders; returns how many boxes are cached. */
  rebuild(colliders: readonly Collider[]): number {
    if (this.bounds.shape[0] !== colliders.length) this.bounds = zeros([colliders.length, 4]);
    colliders.forEach((c, i) => this.bounds.slice(i).assign(":", aabb(c)));
    const minX = this.bounds.take([0], 1).flatten();
    this.order = colliders.map((_, i) => i).sort((a, b) => minX.get(a) - minX.get(b));
    return this.bounds.shape[0];
  }

  candidates(): Pair[] {
    const pairs: Pair[] = [];
    for (let p = 0; p < this.order.length; p++) {
      const i = this.order[p];
      for (let q = p + 1; q < this.order.length; q++) {
        const j = this.order[q];
        if (this.bounds.get(j, 0) > this.bounds.get(i, 2)) break;
        const overlapY = this.bounds.get(i, 1) <= this.bounds.get(j, 3) && this.bounds.get(j, 1) <= this.bounds.get(i, 3);
        if (overlapY) pairs.push(i < j ? [i, j] : [j, i]);
      }
    }
    return pairs;
  }

  shrink(margin: number): this {
    this.bounds.slice(":", ":2").iadd(margin);
    this.bounds.slice(":", "2:").isub(margin);
    return this;
  }

  extent(): NDArray {
    const out = array([Infinity, Infinity, -Infinity, -Infinity]);
    for (let i = 0; i < this.bounds.shape[0]; i++) {
      out.set(0, Math.min(out.get(0), this.bounds.get(i, 0)));
      out.set(1, Math.min(out.get(1), this.bounds.get(i, 1)));
      out.set(2, Math.max(out.get(2), this.bounds.get(i, 2)));
      out.set(3, Math.max(out.get(3), this.bounds.get(i, 3)));
    }
    return out;
  }
}

// ---- narrowphase and resolution ----------------------------------------------------------------

export function penetration(a: Collider, b: Collider): NDArray {
  using delta = b.center.sub(a.center);
  const reach = a.half.add(b.half);
  const depth = zeros(2);
  for (let k = 0; k < 2; k++) depth.set(k, reach.get(k) - Math.abs(delta.get(k)));
  if (depth.get(0) <= 0 || depth.get(1) <= 0) return zeros(2);
  const axis = depth.get(0) < depth.get(1) ? 0 : 1;
  const mtv = zeros(2);
  mtv.set(axis, Math.sign(delta.get(axis)) * depth.get(axis) || depth.get(axis));
  return mtv;
}

/** Pushes the two colliders apart along `mtv`; moves the non-static ones in place. */
export function separate(a: Collider, b: Collider, mtv: NDArray): void {
  if (a.isStatic && b.isStatic) return;
  const share = a.isStatic || b.isStatic ? 1 : 0.5;
  if (!a.isStatic) a.center.isub(mtv.mul(share));
  if (!b.isStatic) b.center.iadd(mtv.mul(share));
  const axis = Math.abs(mtv.get(0)) > Math.abs(mtv.get(1)) ? 0 : 1;
  if (!a.isStatic) a.vel.set(axis, 0);
  if (!b.isStatic) b.vel.set(axis, 0);
}

export function advance(colliders: readonly Collider[], dt: number, gravity: number): void {
  for (const c of colliders) {
    if (c.isStatic) continue;
    c.vel.set(1, c.vel.get(1) - gravity * dt);
    c.center.iadd(c.vel.mul(dt));
  }
}

export function totalOverlap(colliders: readonly Collider[], pairs: readonly Pair[]): number {
  let total = 0;
  for (const [i, j] of pairs) {
    const mtv = penetration(colliders[i], colliders[j]);
    total += Math.abs(mtv.get(0)) + Math.abs(mtv.get(1));
    mtv.dispose();
  }
  return total;
}

export function step(world: Collider[], broad: SweepAndPrune, dt: number): number {
  const before = world.map((c) => c.center.copy());
  advance(world, dt, 9.81);
  broad.rebuild(world);
  const pairs = broad.candidates();
  for (const [i, j] of pairs) separate(world[i], world[j], penetration(world[i], world[j]));
  world.forEach((c) => c.vel.imul(0.98));
  let moved = 0;
  world.forEach((c, k) => {
    const d = c.center.sub(before[k]);
    moved = Math.max(moved, Math.hypot(d.get(0), d.get(1)));
  });
  before.forEach((snapshot) => snapshot.dispose());
  return moved;
}

// ---- demo ----------------------------------------------------------------------------------------

const world: Collider[] = [
  new Collider(0, 0, -1, 10, 1, true),
  new Collider(1, 0, 1.2, 0.5, 0.5),
  new Collider(2, 0.6, 2.6, 0.5, 0.5),
  new Collider(3, -3, 0.4, 0.4, 0.4),
  new Collider(4, 4, 3, 0.3, 0.6),
];
world[3].vel.set(0, 2);

const broad = new SweepAndPrune();
let maxMove = 0;
for (let frame = 0; frame < 90; frame++) maxMove = step(world, broad, 1 / 60);

broad.rebuild(world);
const remaining = broad.candidates();
console.log(`last frame max move ${maxMove.toFixed(4)}, candidate pairs ${remaining.length}`);
console.log("residual overlap:", totalOverlap(world, remaining).toFixed(4));
console.log("world extent:", (broad.extent().tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
console.log("tight extent:", (broad.shrink(0.05).extent().tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

const ring = makeRing(["-1,-1", "0,-1", "-1,0", "0,0", "1,0", "0,1", "1,1", "-2,0"]);
console.log("bucketed colliders:", tally(ring, world, 2));
for (let b = ring, n = 0; b && n < 8; b = b.next, n++) if (b.count) console.log(`  bucket ${b.key}: ${b.count}`);
for (const c of world) console.log(`  box ${c.id}: centre ${(c.center.tolist() as number[]).map((v) => v.toFixed(2)).join(", ")}`);
