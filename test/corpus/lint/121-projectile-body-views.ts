// Game physics with an entity hierarchy: a projectile subclass advances its packed state through a local view of its own field and reports the new height.
// runnable
import { array, zeros, NDArray } from "ndalias";

class Body {
  protected state: NDArray;
  static readonly G = -9.81;
  constructor(x: number, y: number, vx: number, vy: number) {
    this.state = array([x, y, vx, vy]);
  }
  step(dt: number): number {
    this.state.set(3, this.state.get(3) + Body.G * dt);
    return this.state.get(1);
  }
  get height(): number {
    return this.state.get(1);
  }
}

class Projectile extends Body {
  #drag: number;
  constructor(x: number, y: number, vx: number, vy: number, drag = 0.01) {
    super(x, y, vx, vy);
    this.#drag = drag;
  }
  override step(dt: number): number {
    super.step(dt);
    const position = this.state.slice("0:2");
    const velocity = this.state.slice("2:");
    velocity.imul(1 - this.#drag); // expect: no-view-mutation
    position.iadd(velocity.mul(dt)); // expect: no-view-mutation
    return this.state.get(1);
  }
}

class Trail {
  readonly points = zeros([3, 2]);
  record(i: number, b: Body): void {
    this.points.set([i, 1], b.height);
  }
}

const shell = new Projectile(0, 100, 20, 5);
const trail = new Trail();
for (let i = 0; i < 3; i++) {
  shell.step(0.1);
  trail.record(i, shell);
}
console.log("height:", shell.height.toFixed(3), "trail:", trail.points.tolist());
