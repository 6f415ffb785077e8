// Mass-spring cloth patch: springs point one way at particle indices, particles remember their springs by id, and settings merge via Object.assign.
import { array, zeros, NDArray } from "ndalias";

interface SpringSettings {
  stiffness: number;
  damping: number;
  rest: number;
}

const DEFAULTS: SpringSettings = { stiffness: 40, damping: 0.8, rest: 1 };

class Spring {
  readonly settings: SpringSettings;
  constructor(readonly id: number, readonly a: number, readonly b: number, overrides: Partial<SpringSettings> = {}) {
    this.settings = Object.assign({}, DEFAULTS, overrides);
  }
}

class ParticleInfo {
  private attachedTo = -1;
  readonly springIds: number[] = [];
  constructor(readonly index: number, readonly pinned: boolean) {}

  set anchor(spring: Spring) {
    this.attachedTo = spring.id;
  }
  get anchorId(): number {
    return this.attachedTo;
  }
}

class Cloth {
  readonly positions: NDArray;
  readonly velocities: NDArray;
  readonly forces: NDArray;
  readonly info: ParticleInfo[] = [];
  readonly springs: Spring[] = [];

  constructor(points: number[][], pinned: number[]) {
    this.positions = array(points);
    this.velocities = zeros([points.length, 2]);
    this.forces = zeros([points.length, 2]);
    points.forEach((_, i) => this.info.push(new ParticleInfo(i, pinned.includes(i))));
  }

  connect(a: number, b: number, overrides: Partial<SpringSettings> = {}): Spring {
    const spring = new Spring(this.springs.length, a, b, overrides);
    this.springs.push(spring);
    this.info[a].springIds.push(spring.id);
    this.info[b].springIds.push(spring.id);
    if (this.info[a].anchorId < 0) this.info[a].anchor = spring;
    return spring;
  }

  accumulateForces(gravity: NDArray): void {
    this.forces.fill(0);
    for (let i = 0; i < this.info.length; i++) this.forces.slice(i).iadd(gravity);
    for (const s of this.springs) {
      const delta = this.positions.slice(s.b).sub(this.positions.slice(s.a));
      const length = Math.sqrt(delta.mul(delta).sum()) || 1e-9;
      const pull = delta.mul((s.settings.stiffness * (length - s.settings.rest)) / length);
      this.forces.slice(s.a).iadd(pull);
      this.forces.slice(s.b).isub(pull);
    }
  }

  step(gravity: NDArray, dt: number): number {
    this.accumulateForces(gravity);
    this.velocities.imul(DEFAULTS.damping);
    this.velocities.iadd(this.forces.mul(dt));
    for (const p of this.info) if (p.pinned) this.velocities.slice(p.index).fill(0);
    this.positions.iadd(this.velocities.mul(dt));
    return this.velocities.mul(this.velocities).sum();
  }
}

function sag(cloth: Cloth): number {
  const heights = cloth.positions.slice(":", 1).copy();
  heights.isub(heights.max());
  return -heights.min();
}

const cloth = new Cloth(
  [
    [0, 0],
    [1, 0],
    [2, 0],
    [0.5, -1],
    [1.5, -1],
  ],
  [0, 2],
);
cloth.connect(0, 1);
cloth.connect(1, 2);
cloth.connect(0, 3, { stiffness: 60 });
cloth.connect(1, 3);
cloth.connect(1, 4);
cloth.connect(2, 4, { rest: 1.2 });

const gravity = array([0, -9.81]);
let energy = 0;
for (let k = 0; k < 20; k++) energy = cloth.step(gravity, 0.01);

console.log("kinetic energy:", energy.toFixed(4), "sag:", sag(cloth).toFixed(4));
console.log("positions:", cloth.positions.tolist());
console.log("particle 1 anchored to spring", cloth.info[1].anchorId, "springs:", cloth.info[1].springIds);
console.log("pinned particles:", cloth.info.filter((p) => p.pinned).map((p) => p.index));
