// Narrow-phase contacts for circular bodies: detects overlaps, pushes bodies apart, and links each touching pair.
import { array, empty, NDArray } from "ndalias";

class Body {
  pos: NDArray;
  vel: NDArray;
  touching: Body | null = null;
  restingOn: Body | null = null;

  constructor(readonly name: string, x: number, y: number, readonly radius: number) {
    this.pos = array([x, y]);
    this.vel = array([0, 0]);
  }
}

function penetration(a: Body, b: Body): number {
  const d = b.pos.sub(a.pos);
  return a.radius + b.radius - Math.sqrt(d.mul(d).sum());
}

function contactNormal(a: Body, b: Body): NDArray {
  const normal = b.pos.sub(a.pos);
  const len = Math.sqrt(normal.mul(normal).sum()) || 1;
  normal.idiv(len);
  return normal;
}

function separate(a: Body, b: Body, depth: number): void {
  const normal = contactNormal(a, b);
  a.pos.isub(normal.mul(depth / 2));
  b.pos.iadd(normal.mul(depth / 2));
}

function exchangeImpulse(a: Body, b: Body, restitution: number): void {
  const normal = contactNormal(a, b);
  const relative = b.vel.sub(a.vel);
  const closing = relative.mul(normal).sum();
  if (closing >= 0) return;
  const j = (-(1 + restitution) * closing) / 2;
  a.vel.isub(normal.mul(j));
  b.vel.iadd(normal.mul(j));
}

function linkContact(a: Body, b: Body): void {
  a.touching = b;
  b.touching = a; // expect: no-reference-cycle
}

function stack(lower: Body, upper: Body): void {
  upper.restingOn = lower;
  upper.vel.set(1, 0);
}

function contactLog(bodies: Body[]): NDArray {
  const log = empty(bodies.length, "object");
  for (let i = 0; i < bodies.length; i++) {
    log.set(i, bodies[i].pos.copy());
  }
  return log;
}

function describe(body: Body): string {
  const other = body.touching ? body.touching.name : "nothing";
  const below = body.restingOn ? body.restingOn.name : "ground";
  return `${body.name} at ${JSON.stringify(body.pos.tolist())} touching ${other}, resting on ${below}`;
}

function integrateBodies(bodies: Body[], dt: number): void {
  for (const body of bodies) {
    body.pos.iadd(body.vel.mul(dt));
  }
}

function resolveContacts(bodies: Body[]): number {
  let contacts = 0;
  for (let i = 0; i < bodies.length; i++) {
    for (let j = i + 1; j < bodies.length; j++) {
      const depth = penetration(bodies[i], bodies[j]);
      if (depth > 0) {
        separate(bodies[i], bodies[j], depth);
        exchangeImpulse(bodies[i], bodies[j], 0.4);
        linkContact(bodies[i], bodies[j]);
        contacts++;
      }
    }
  }
  return contacts;
}

const crate = new Body("crate", 0, 0, 1);
const barrel = new Body("barrel", 1.5, 0.2, 0.8);
const ball = new Body("ball", 6, 1, 0.5);
barrel.vel.set(0, -2);
stack(crate, ball);

const bodies = [crate, barrel, ball];
for (let frame = 0; frame < 5; frame++) {
  const n = resolveContacts(bodies);
  integrateBodies(bodies, 1 / 60);
  console.log(`frame ${frame}: ${n} contact(s)`);
}

const log = contactLog(bodies);
console.log("logged positions:", log.size);
for (const body of bodies) {
  console.log(describe(body));
}
