// Entity-component world with column fields per component: physics, damage and respawn systems update the columns each tick.
import { zeros, full, array, NDArray, sharesMemory } from "ndalias";

type ComponentName = "position" | "velocity" | "health";

class World {
  readonly positions: NDArray;
  readonly velocities: NDArray;
  readonly health: NDArray;
  private readonly spawnPoints = new Map<number, NDArray>();
  private readonly defaults = new Map<ComponentName, number>([["health", 50]]);

  constructor(readonly capacity: number) {
    this.positions = zeros([capacity, 2]);
    this.velocities = zeros([capacity, 2]);
    this.health = full(capacity, this.defaults.get("health") ?? 0);
  }

  spawn(id: number, x: number, y: number, vx: number, vy: number): void {
    this.positions.assign(id, array([x, y]));
    this.velocities.assign(id, array([vx, vy]));
    this.spawnPoints.set(id, this.positions.slice(id).copy());
  }

  physics(dt: number): void {
    this.velocities.assign(":, 1", this.velocities.slice(":", 1).sub(9.81 * dt));
    this.positions.iadd(this.velocities.mul(dt));
  }

  damage(id: number, amount: number): boolean {
    this.health.set(id, this.health.get(id) - amount);
    return this.health.get(id) <= 0;
  }

  respawn(id: number): void {
    const home = this.spawnPoints.get(id);
    if (home === undefined) return;
    this.positions.assign(id, home);
    this.velocities.assign(id, 0);
    this.health.set(id, this.defaults.get("health") ?? 0);
  }

  alive(): number {
    let n = 0;
    for (let i = 0; i < this.capacity; i++) if (this.health.get(i) > 0) n++;
    return n;
  }
}

const world = new World(4);
world.spawn(0, 0, 5, 1, 0);
world.spawn(1, 3, 2, 0, 4);
for (let tick = 0; tick < 5; tick++) {
  world.physics(0.1);
  if (world.damage(1, 15)) world.respawn(1);
}
console.log("positions:", JSON.stringify(world.positions.tolist()));
console.log("health:", world.health.tolist(), "alive:", world.alive());
console.log("columns independent:", !sharesMemory(world.positions, world.velocities));
