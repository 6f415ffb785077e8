// Applies gravity, damping and floor collisions to groups of particles through in-place helpers and prints each group's kinetic energy.
import { array, full, NDArray } from "ndalias";

class ParticleGroup {
  constructor(
    readonly name: string,
    public pos: NDArray,
    public vel: NDArray,
    readonly mass: number,
  ) {}

  static line(name: string, n: number, x0: number, height: number, mass: number): ParticleGroup {
    const coords: number[][] = [];
    for (let i = 0; i < n; i++) coords.push([x0 + 0.2 * i, height]);
    return new ParticleGroup(name, array(coords), full([n, 2], 0), mass);
  }

  kinetic(): number {
    return 0.5 * this.mass * this.vel.mul(this.vel).sum();
  }

  centroidHeight(): number {
    return this.pos.slice(":", 1).mean();
  }
}

class ParticleWorld {
  readonly groups: ParticleGroup[] = [];

  add(group: ParticleGroup): this {
    this.groups.push(group);
    return this;
  }

  *[Symbol.iterator](): Iterator<ParticleGroup> {
    yield* this.groups;
  }
}

function applyGravity(vel: NDArray, dt: number): void {
  vel.slice(":", 1).isub(9.81 * dt);
}

function damp(group: ParticleGroup, factor: number): void {
  group.vel.imul(factor);
}

function collideFloor(pos: NDArray, vel: NDArray, restitution: number): void {
  const heights = pos.slice(":", 1);
  const vy = vel.slice(":", 1);
  for (let i = 0; i < heights.size; i++) {
    if (heights.get(i) < 0) {
      heights.set(i, 0);
      vy.set(i, -restitution * vy.get(i));
    }
  }
}

function integrate(pos: NDArray, vel: NDArray, dt: number): void {
  for (let i = 0; i < pos.size; i++) {
    pos.data[i] = (pos.data[i] as number) + dt * (vel.data[i] as number);
  }
}

function stepWorld(world: ParticleWorld, dt: number): void {
  for (const g of world) {
    applyGravity(g.vel, dt);
    integrate(g.pos, g.vel, dt);
    collideFloor(g.pos, g.vel, 0.5);
  }
  world.groups.forEach((g) => damp(g, 0.99));
  world.groups.forEach((g) => g.vel.slice(":", 0).imul(0.995));
}

function energyReport(world: ParticleWorld): string[] {
  const lines: string[] = [];
  for (const g of world) {
    lines.push(`${g.name}: KE=${g.kinetic().toFixed(3)} y=${g.centroidHeight().toFixed(3)}`);
  }
  return lines;
}

const world = new ParticleWorld()
  .add(ParticleGroup.line("sparks", 4, 0, 1.0, 0.1))
  .add(ParticleGroup.line("debris", 3, 1, 2.5, 1.5));

const history: number[] = [];
for (let step = 0; step < 30; step++) {
  stepWorld(world, 0.02);
  let total = 0;
  for (const g of world) total += g.kinetic();
  history.push(total);
}

for (const line of energyReport(world)) console.log(line);
console.log("total KE every 10 steps:", history.filter((_, i) => i % 10 === 9).map((e) => e.toFixed(3)));
