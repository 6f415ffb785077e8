// Resolves collisions between billiard discs: overlapping pairs are linked as contacts, impulses give new velocities, and the replay shows the cue ball's launch.
import { array, NDArray } from "ndalias";

interface Disc {
  readonly id: string;
  pos: NDArray;
  vel: NDArray;
  readonly radius: number;
  contact: Disc | null;
}

interface Cushion {
  readonly a: Disc;
  readonly b: Disc;
  readonly restLength: number;
}

function disc(id: string, x: number, y: number, vx: number, vy: number, radius = 1): Disc {
  return { id, pos: array([x, y]), vel: array([vx, vy]), radius, contact: null };
}

function distance(a: Disc, b: Disc): number {
  const d = a.pos.sub(b.pos);
  return Math.sqrt(d.mul(d).sum());
}

function overlapping(a: Disc, b: Disc): boolean {
  return distance(a, b) < a.radius + b.radius;
}

function linkContact(a: Disc, b: Disc): void {
  a.contact = b;
  b.contact = a; // expect: no-reference-cycle
}

function resolveImpulse(a: Disc, b: Disc): [NDArray, NDArray] {
  const normal = a.pos.sub(b.pos);
  normal.idiv(Math.sqrt(normal.mul(normal).sum()));
  const closing = a.vel.sub(b.vel).mul(normal).sum();
  if (closing >= 0) return [a.vel.copy(), b.vel.copy()];
  const va = a.vel.sub(normal.mul(closing));
  const vb = b.vel.add(normal.mul(closing));
  return [va, vb];
}

function advanced(d: Disc, dt: number): Disc {
  return { ...d, pos: d.pos.add(d.vel.mul(dt)), contact: null };
}

function tether(a: Disc, b: Disc): Cushion {
  return { a, b, restLength: distance(a, b) };
}

function kinetic(discs: readonly Disc[]): number {
  return discs.reduce((e, d) => e + 0.5 * d.vel.mul(d.vel).sum(), 0);
}

const cue = disc("cue", 0, 0, 4, 0.5);
const eight = disc("eight", 1.8, 0.2, 0, 0);
const nine = disc("nine", 6, -1, 0, 0);
const launch = cue.vel;

let table: Disc[] = [cue, eight, nine];
const spring = tether(eight, nine);
console.log("tethered", spring.a.id, "to", spring.b.id, "rest", spring.restLength.toFixed(2));

const clothFriction = 0.97;
cue.vel.imul(clothFriction); // expect: no-alias-mutation

for (let i = 0; i < table.length; i++) {
  for (let j = i + 1; j < table.length; j++) {
    const a = table[i];
    const b = table[j];
    if (!overlapping(a, b)) continue;
    linkContact(a, b);
    const [va, vb] = resolveImpulse(a, b);
    a.vel = va;
    b.vel = vb;
  }
}

const contacts = table.filter((d) => d.contact !== null).map((d) => `${d.id}->${d.contact?.id}`);
console.log("contacts:", contacts.join(", "));

table = table.map((d) => advanced(d, 0.1));

console.log("energy after the break:", kinetic(table).toFixed(3));
for (const d of table) {
  console.log(d.id, "pos:", d.pos.tolist(), "vel:", d.vel.tolist());
}
console.log("cue launch velocity for the replay:", launch.tolist());
