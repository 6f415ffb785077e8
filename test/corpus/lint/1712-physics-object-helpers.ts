// Rigid-body simulation helpers grouped in object literals: integrates bodies, damps velocities and pairs bodies joined by a spring.
import { array, zeros, NDArray } from "ndalias";

interface Body {
  name: string;
  pos: NDArray;
  vel: NDArray;
  mass: number;
}

class Spring {
  rest: NDArray;
  partner: Spring | null = null;
  constructor(readonly body: Body, readonly stiffness: number) {
    this.rest = body.pos.copy();
  }
  force(): NDArray {
    return this.rest.sub(this.body.pos).mul(this.stiffness);
  }
}

const Bodies = {
  create(name: string, pos: number[], vel: number[], mass = 1): Body {
    return { name, pos: array(pos), vel: array(vel), mass };
  },
  momentum(b: Body): NDArray {
    return b.vel.mul(b.mass);
  },
  describe(b: Body): string {
    return `${b.name} pos=${JSON.stringify(b.pos.tolist())} vel=${JSON.stringify(b.vel.tolist())}`;
  },
};

const Physics = {
  kineticEnergy(b: Body): number {
    return 0.5 * b.mass * b.vel.mul(b.vel).sum();
  },
  integrate(b: Body, dt: number): number {
    b.pos.iadd(b.vel.mul(dt)); // expect: no-alias-mutation
    return Physics.kineticEnergy(b);
  },
  damp(b: Body, factor: number): void {
    b.vel.imul(factor);
  },
  predicted(b: Body, dt: number): NDArray {
    const p = b.pos.copy();
    p.iadd(b.vel.mul(dt));
    return p;
  },
  applyForce(b: Body, force: NDArray, dt: number): void {
    b.vel.iadd(force.mul(dt / b.mass));
  },
};

const Springs = {
  join(a: Body, b: Body, stiffness: number): [Spring, Spring] {
    const left = new Spring(a, stiffness);
    const right = new Spring(b, stiffness);
    left.partner = right;
    right.partner = left; // expect: no-reference-cycle
    return [left, right];
  },
  tension(s: Spring): number {
    const f = s.force();
    return Math.sqrt(f.mul(f).sum());
  },
};

const World = {
  step(bodies: Body[], dt: number): number {
    let energy = 0;
    for (const b of bodies) {
      energy += Physics.integrate(b, dt);
    }
    bodies.forEach((b) => Physics.damp(b, 0.98));
    return energy;
  },
  centreOfMass(bodies: Body[]): NDArray {
    const total = zeros(2);
    let mass = 0;
    for (const b of bodies) {
      total.iadd(b.pos.mul(b.mass));
      mass += b.mass;
    }
    return total.div(mass);
  },
};

const ball = Bodies.create("ball", [0, 10], [1, 0], 2);
const crate = Bodies.create("crate", [5, 0], [0, 0], 4);
const [ballSpring, crateSpring] = Springs.join(ball, crate, 0.5);

const ghost = Physics.predicted(ball, 0.5);
console.log("predicted ball position:", ghost.tolist());

Physics.applyForce(ball, array([0, -9.81]).mul(ball.mass), 0.1);
const energy = World.step([ball, crate], 0.1);
console.log("energy after step:", energy.toFixed(3));
console.log(Bodies.describe(ball));
console.log(Bodies.describe(crate));
console.log("momentum of crate:", Bodies.momentum(crate).tolist());
console.log("centre of mass:", World.centreOfMass([ball, crate]).tolist());
console.log("spring tension:", Springs.tension(ballSpring).toFixed(3), Springs.tension(crateSpring).toFixed(3));
