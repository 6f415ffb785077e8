// Sequential-impulse solver for distance joints: bodies and joints form a constraint graph that is relaxed every substep.
import { array, zeros, NDArray } from "ndalias";

class Body {
  pos: NDArray;
  vel: NDArray;
  invMass: number;
  lastJoint: Joint | null = null;
  constructor(readonly label: string, x: number, y: number, mass: number) {
    this.pos = array([x, y]);
    this.vel = zeros(2);
    this.invMass = mass > 0 ? 1 / mass : 0;
  }
  accelerate(g: NDArray, dt: number): void {
    if (this.invMass > 0) this.vel.iadd(g.mul(dt));
  }
  integrate(dt: number): void {
    this.pos.iadd(this.vel.mul(dt));
  }
}

class Joint {
  a: Body | null = null;
  b: Body | null = null;
  nextOnA: Joint | null = null;
  impulse: NDArray = zeros(2);
  constructor(readonly rest: number, readonly stiffness: number) {}
}

// Links a joint into the graph: the joint knows its bodies, body A keeps a list of its joints.
function connect(joint: Joint, a: Body, b: Body): void {
  joint.a = a;
  joint.b = b;
  joint.nextOnA = a.lastJoint;
  a.lastJoint = joint; // expect: no-reference-cycle
}

function applyImpulse(body: Body, impulse: NDArray, sign: number): void {
  body.vel.iadd(impulse.mul(sign * body.invMass));
}

function relax(joint: Joint, dt: number): void {
  const a = joint.a;
  const b = joint.b;
  if (!a || !b) return;
  const d = b.pos.sub(a.pos);
  const len = Math.sqrt(d.mul(d).sum()) || 1e-9;
  const n = d.div(len);
  const relVel = b.vel.sub(a.vel).mul(n).sum();
  const bias = (joint.stiffness * (len - joint.rest)) / dt;
  const massSum = a.invMass + b.invMass || 1;
  const lambda = -(relVel + bias) / massSum;
  const p = n.mul(lambda);
  applyImpulse(a, p, -1);
  applyImpulse(b, p, 1);
  joint.impulse = joint.impulse.add(p);
}

// Warm starting: scale down last frame's accumulated impulse and report its magnitude.
function warmStart(joint: Joint, ratio: number): number {
  const accumulated = joint.impulse;
  accumulated.imul(ratio); // expect: no-alias-mutation
  return Math.hypot(accumulated.get(0) as number, accumulated.get(1) as number);
}

function jointsOf(body: Body): Joint[] {
  const out: Joint[] = [];
  for (let j = body.lastJoint; j; j = j.nextOnA) out.push(j);
  return out;
}

function step(bodies: Body[], joints: Joint[], dt: number, iterations: number): void {
  const gravity = array([0, -9.81]);
  for (const body of bodies) body.accelerate(gravity, dt);
  for (let it = 0; it < iterations; it++) {
    for (const j of joints) relax(j, dt);
  }
  for (const body of bodies) body.integrate(dt);
}

const anchor = new Body("anchor", 0, 10, 0);
const bob1 = new Body("bob1", 1, 9, 1);
const bob2 = new Body("bob2", 2, 8, 1);
const joints = [new Joint(1.4, 0.2), new Joint(1.4, 0.2)];
connect(joints[0], anchor, bob1);
connect(joints[1], bob1, bob2);

const bodies = [anchor, bob1, bob2];
for (let frame = 0; frame < 30; frame++) {
  let warm = 0;
  for (const j of joints) warm += warmStart(j, 0.8);
  step(bodies, joints, 1 / 60, 8);
  if (frame % 10 === 0) console.log(`frame ${frame}: warm-start magnitude ${warm.toFixed(4)}`);
}
console.log("joints on bob1:", jointsOf(bob1).length);
console.log("bob2 position:", bob2.pos.tolist(), "velocity:", bob2.vel.tolist());
