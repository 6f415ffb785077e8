// An ECS world that owns its component buffers and mutates them through its own fields in systems that return frame statistics.
import { array, zeros, NDArray } from "ndalias";

class World {
  readonly capacity: number;
  positions: NDArray;
  velocities: NDArray;
  health: NDArray;
  alive: NDArray;
  private count = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.positions = zeros([capacity, 2]);
    this.velocities = zeros([capacity, 2]);
    this.health = zeros(capacity);
    this.alive = zeros(capacity, "uint8");
  }

  spawn(at: NDArray, vel: NDArray, hp: number): number {
    const id = this.count++;
    this.positions.slice(id).assign(":", at);
    this.velocities.slice(id).assign(":", vel);
    this.health.set(id, hp);
    this.alive.set(id, 1);
    return id;
  }

  move(dt: number): number {
    this.positions.iadd(this.velocities.mul(dt));
    const xs = this.positions.slice(":", 0);
    return xs.max() - xs.min();
  }

  damageRadius(center: NDArray, radius: number, amount: number): number {
    let hits = 0;
    for (let id = 0; id < this.count; id++) {
      const d = this.positions.slice(id).sub(center);
      if (Math.sqrt(d.mul(d).sum()) <= radius && this.alive.get(id) === 1) {
        this.health.set(id, this.health.get(id) - amount);
        hits++;
      }
    }
    return hits;
  }

  reap(): number {
    let removed = 0;
    for (let id = 0; id < this.count; id++) {
      if (this.alive.get(id) === 1 && this.health.get(id) <= 0) {
        this.alive.set(id, 0);
        this.velocities.slice(id).fill(0);
        removed++;
      }
    }
    return removed;
  }

  snapshot(): NDArray {
    return this.positions.copy();
  }

  restore(saved: NDArray): void {
    this.positions.assign(":", saved);
  }

  totalHealth(): number {
    return this.health.mul(this.alive).sum();
  }
}

const world = new World(8);
world.spawn(array([0, 0]), array([1, 0]), 50);
world.spawn(array([4, 4]), array([0, -1]), 20);
world.spawn(array([10, 0]), array([-2, 0]), 80);

const beforeExplosion = world.snapshot();
for (let frame = 0; frame < 3; frame++) {
  const spread = world.move(0.5);
  console.log(`frame ${frame}: spread=${spread.toFixed(2)} total hp=${world.totalHealth()}`);
}

const hits = world.damageRadius(array([3, 2]), 4, 25);
const removed = world.reap();
console.log(`explosion hit ${hits}, removed ${removed}, total hp=${world.totalHealth()}`);

// Replay from the snapshot taken before the explosion.
world.restore(beforeExplosion);
console.log("restored positions:", world.positions.tolist());
console.log("snapshot still intact:", beforeExplosion.tolist());
