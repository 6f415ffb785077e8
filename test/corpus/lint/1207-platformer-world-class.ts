// Platformer physics world: the world object integrates its own state arrays in place, and hinge chains link bodies without loops.
import { array, zeros, NDArray } from "ndalias";

class Hinge {
  readonly offset: NDArray;
  next: Hinge | null = null;
  anchor: World | null = null;
  constructor(readonly body: number, dx: number, dy: number) {
    this.offset = array([dx, dy]);
  }
}

class World {
  private readonly positions: NDArray;
  private readonly velocities: NDArray;
  private readonly forces: NDArray;
  private readonly inverseMass: NDArray;
  private time = 0;

  constructor(initial: NDArray, masses: number[]) {
    this.positions = initial.copy();
    this.velocities = zeros(initial.shape);
    this.forces = zeros(initial.shape);
    this.inverseMass = array(masses.map((m) => [1 / m, 1 / m]));
  }

  applyGravity(g: number): void {
    this.forces.slice(":, 1").isub(g);
  }

  applyImpulse(body: number, impulse: NDArray): void {
    this.velocities.slice(body).iadd(impulse.mul(this.inverseMass.slice(body)));
  }

  step(dt: number): number {
    this.velocities.iadd(this.forces.mul(this.inverseMass).mul(dt));
    this.positions.iadd(this.velocities.mul(dt));
    this.forces.fill(0);
    this.time += dt;
    return this.kineticEnergy();
  }

  landOnFloor(floorY: number): number {
    let landed = 0;
    for (let i = 0; i < this.positions.shape[0]; i++) {
      if (this.positions.get(i, 1) < floorY) {
        this.positions.set([i, 1], floorY);
        this.velocities.set([i, 1], 0);
        landed++;
      }
    }
    return landed;
  }

  kineticEnergy(): number {
    const v2 = this.velocities.mul(this.velocities);
    return 0.5 * v2.div(this.inverseMass).sum();
  }

  snapshot(): { t: number; positions: NDArray } {
    return { t: this.time, positions: this.positions.copy() };
  }
}

function buildChain(bodies: number[]): Hinge {
  const hinges = bodies.map((b, i) => new Hinge(b, 0.5 * i, -0.25));
  for (let i = 0; i < hinges.length - 1; i++) {
    hinges[i].next = hinges[i + 1];
  }
  return hinges[0];
}

function chainLength(head: Hinge): number {
  let n = 0;
  for (let h: Hinge | null = head; h; h = h.next) n += Math.hypot(h.offset.get(0), h.offset.get(1));
  return n;
}

const start = array([
  [0, 5],
  [1, 6],
  [2, 4],
]);
const world = new World(start, [1, 2, 0.5]);
const rope = buildChain([0, 1, 2]);
rope.anchor = world;

const frames: { t: number; positions: NDArray }[] = [];
for (let k = 0; k < 6; k++) {
  world.applyGravity(9.81);
  if (k === 0) world.applyImpulse(1, array([2, 3]));
  const e = world.step(0.1);
  const landed = world.landOnFloor(4.5);
  frames.push(world.snapshot());
  console.log(`step ${k}: energy ${e.toFixed(2)}, landed ${landed}`);
}

console.log("chain length:", chainLength(rope).toFixed(3), "anchored:", rope.anchor === world);
console.log("spawn points unchanged:", start.tolist());
console.log("first frame:", frames[0].positions.tolist());
console.log("last frame:", frames[frames.length - 1].positions.tolist());
