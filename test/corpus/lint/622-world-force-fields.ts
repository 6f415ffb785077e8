// Physics world step: bodies sum the forces of injected force fields (gravity, drag, ground contact) and integrate their own state.
import { array, zeros, NDArray } from "ndalias";

class Body {
  constructor(
    readonly mass: number,
    readonly position: NDArray,
    readonly velocity: NDArray,
    readonly floating = false,
  ) {}

  integrate(force: NDArray, dt: number): void {
    this.velocity.iadd(force.mul(dt / this.mass));
    this.position.iadd(this.velocity.mul(dt));
  }

  kineticEnergy(): number {
    return 0.5 * this.mass * this.velocity.mul(this.velocity).sum();
  }
}

interface ForceField {
  forceOn(body: Body): NDArray;
}

class UniformGravity implements ForceField {
  constructor(private readonly g: NDArray) {}

  forceOn(body: Body): NDArray {
    const weight = body.floating ? zeros(3) : this.g;
    weight.imul(body.mass); // expect: no-alias-mutation
    return weight;
  }
}

class LinearDrag implements ForceField {
  constructor(private readonly coefficient: number) {}

  forceOn(body: Body): NDArray {
    return body.velocity.mul(-this.coefficient);
  }
}

class GroundContact implements ForceField {
  constructor(private readonly stiffness: number) {}

  forceOn(body: Body): NDArray {
    const depth = -body.position.get(2);
    if (depth <= 0) return zeros(3);
    body.velocity.set(2, 0); // expect: no-alias-mutation
    return array([0, 0, this.stiffness * depth]);
  }
}

class World {
  constructor(private readonly fields: ForceField[], private readonly bodies: Body[]) {}

  step(dt: number): number {
    for (const body of this.bodies) {
      const total = zeros(3);
      for (const field of this.fields) total.iadd(field.forceOn(body));
      body.integrate(total, dt);
    }
    return this.bodies.reduce((e, b) => e + b.kineticEnergy(), 0);
  }
}

const world = new World(
  [new UniformGravity(array([0, 0, -9.81])), new LinearDrag(0.1), new GroundContact(500)],
  [new Body(2, array([0, 0, 1]), array([1, 0, 0])), new Body(0.1, array([0, 0, 2]), array([0, 0, 0]), true)],
);
for (let frame = 0; frame < 3; frame++) {
  console.log(`frame ${frame}: kinetic energy ${world.step(0.05).toFixed(3)}`);
}
