// Entity-component physics: entities hold transforms, components attach through a setter, an object literal or a config merge, and a system steps them.
import { array, zeros, NDArray } from "ndalias";

class Entity {
  transform: NDArray;
  body: RigidBody | null = null;
  collider: Collider | null = null;
  sprite: Sprite | null = null;

  constructor(readonly name: string, position: number[]) {
    this.transform = array(position);
  }
}

class RigidBody {
  velocity: NDArray = zeros(2);
  mass = 1;
  private owner: Entity | null = null;

  get entity(): Entity | null {
    return this.owner;
  }

  set entity(e: Entity | null) {
    this.owner = e;
    if (e !== null) e.body = this; // expect: no-reference-cycle
  }
}

interface Collider {
  radius: NDArray;
  entity: Entity;
  layer: string;
}

class Sprite {
  tint: NDArray = array([1, 1, 1]);
  owner: Entity | null = null;
  frame = 0;
}

function addCollider(entity: Entity, radius: number, layer = "default"): Collider {
  const collider: Collider = { radius: array([radius]), entity, layer };
  entity.collider = collider; // expect: no-reference-cycle
  return collider;
}

function addSprite(entity: Entity, tint: number[]): Sprite {
  const sprite = Object.assign(new Sprite(), { owner: entity, tint: array(tint) });
  entity.sprite = sprite; // expect: no-reference-cycle
  return sprite;
}

function integrate(body: RigidBody, entity: Entity, gravity: NDArray, dt: number): void {
  body.velocity.iadd(gravity.mul(dt));
  entity.transform.iadd(body.velocity.mul(dt));
}

class PhysicsSystem {
  readonly gravity = array([0, -9.81]);
  private readonly bodies: RigidBody[] = [];

  register(body: RigidBody): void {
    this.bodies.push(body);
  }

  step(dt: number): void {
    for (const b of this.bodies) {
      const e = b.entity;
      if (e !== null) integrate(b, e, this.gravity, dt);
    }
  }

  kineticEnergy(): number {
    let total = 0;
    for (const b of this.bodies) total += 0.5 * b.mass * b.velocity.mul(b.velocity).sum();
    return total;
  }
}

function overlapping(a: Collider, b: Collider): boolean {
  const d = a.entity.transform.sub(b.entity.transform);
  const dist = Math.sqrt(d.mul(d).sum());
  return dist < a.radius.get(0) + b.radius.get(0);
}

const world = new PhysicsSystem();
const ball = new Entity("ball", [0, 10]);
const crate = new Entity("crate", [0.5, 9]);

const ballBody = new RigidBody();
ballBody.mass = 0.4;
ballBody.entity = ball;
world.register(ballBody);

const ballCollider = addCollider(ball, 0.5, "props");
const crateCollider = addCollider(crate, 0.8, "props");
addSprite(ball, [1, 0.2, 0.2]);

for (let i = 0; i < 5; i++) world.step(0.05);

console.log("ball at", ball.transform.tolist(), "velocity", ball.body?.velocity.tolist());
console.log("kinetic energy:", world.kineticEnergy().toFixed(3));
console.log("ball overlaps crate:", overlapping(ballCollider, crateCollider));
console.log("ball tint:", ball.sprite?.tint.tolist(), "crate has body:", crate.body !== null);
