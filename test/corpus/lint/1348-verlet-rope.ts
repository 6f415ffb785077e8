// Verlet rope for a grappling hook: segments are linked both ways, integrated with gravity and drawn from a vertex buffer.
import { array, zeros, NDArray } from "ndalias";

const GRAVITY = array([0, -9.81]);

class Segment {
  pos: NDArray;
  prevPos: NDArray;
  prev: Segment | null = null;
  next: Segment | null = null;
  pinned = false;
  constructor(x: number, y: number) {
    this.pos = array([x, y]);
    this.prevPos = this.pos.copy();
  }
  integrate(dt: number, damping: number): void {
    if (this.pinned) return;
    const velocity = this.pos.sub(this.prevPos).mul(damping);
    const next = this.pos.add(velocity).add(GRAVITY.mul(dt * dt));
    this.prevPos = this.pos;
    this.pos = next;
  }
}

function buildRope(count: number, spacing: number, ox: number, oy: number): Segment {
  const head = new Segment(ox, oy);
  head.pinned = true;
  let tail = head;
  for (let i = 1; i < count; i++) {
    const seg = new Segment(ox + i * spacing, oy);
    tail.next = seg;
    seg.prev = tail; // expect: no-reference-cycle
    tail = seg;
  }
  return head;
}

function satisfyLength(a: Segment, b: Segment, rest: number): void {
  const delta = b.pos.sub(a.pos);
  const dist = Math.sqrt(delta.mul(delta).sum()) || 1e-9;
  const correction = delta.mul((dist - rest) / dist);
  if (a.pinned) {
    b.pos.isub(correction);
  } else if (b.pinned) {
    a.pos.iadd(correction);
  } else {
    a.pos.iadd(correction.mul(0.5));
    b.pos.isub(correction.mul(0.5));
  }
}

function simulate(head: Segment, rest: number, dt: number, iterations: number): void {
  for (let s: Segment | null = head; s; s = s.next) s.integrate(dt, 0.99);
  for (let it = 0; it < iterations; it++) {
    for (let s: Segment | null = head; s && s.next; s = s.next) satisfyLength(s, s.next, rest);
  }
}

function ropeLength(head: Segment): number {
  let total = 0;
  for (let s: Segment | null = head; s && s.next; s = s.next) {
    const d = s.next.pos.sub(s.pos);
    total += Math.sqrt(d.mul(d).sum());
  }
  return total;
}

const SEGMENTS = 8;
const rope = buildRope(SEGMENTS, 0.5, 0, 5);
for (let frame = 0; frame < 120; frame++) simulate(rope, 0.5, 1 / 60, 6);

// Vertex buffer for the line renderer, in metres, one row per segment.
const vertexBuffer = zeros([SEGMENTS, 2]);
let row = 0;
for (let s: Segment | null = rope; s; s = s.next) {
  vertexBuffer.slice(row++).assign(":", s.pos);
}
const heights = vertexBuffer.T.slice(1);
console.log("rope length (m):", ropeLength(rope).toFixed(3));

const PIXELS_PER_METRE = 40;
vertexBuffer.imul(PIXELS_PER_METRE); // expect: no-view-mutation
console.log("lowest point (m):", heights.min().toFixed(3));
console.log("vertex buffer (px):", vertexBuffer.tolist());

// The tail end in world space, walked back from the hook to show the prev links work.
let last: Segment = rope;
while (last.next) last = last.next;
let hops = 0;
for (let s: Segment | null = last; s; s = s.prev) hops++;
console.log("segments reachable from the tail:", hops);
