// Entity-component store for a top-down shooter: component columns sit in an object-dtype registry with archetype metadata.
// runnable
import { array, empty, zeros, full, memoryStats, refcount } from "ndalias";

const MAX_ENTITIES = 6;
const COMPONENT_NAMES = ["position", "velocity", "health", "meta"];

const positions = zeros([MAX_ENTITIES, 2]);
const velocities = zeros([MAX_ENTITIES, 2]);
const health = full(MAX_ENTITIES, 100);
const alive = zeros(MAX_ENTITIES, "uint8");

// Column registry: systems look components up by id instead of importing them.
const registry = empty(COMPONENT_NAMES.length, "object");
registry.set(0, positions);
registry.set(1, velocities);
registry.set(2, health);

// Archetype metadata: name, schema version and the registry it describes.
const archetype = empty(3, "object");
archetype.set(0, "shooter/mobile");
archetype.set(1, 3);
archetype.set(2, registry);
registry.set(3, archetype); // expect: no-reference-cycle

function spawn(id: number, x: number, y: number, vx: number, vy: number): void {
  positions.set([id, 0], x);
  positions.set([id, 1], y);
  velocities.set([id, 0], vx);
  velocities.set([id, 1], vy);
  health.set(id, 100);
  alive.set(id, 1);
}

function movementSystem(dt: number): void {
  positions.iadd(velocities.mul(dt));
  // keep everything inside the 20x20 arena
  for (let i = 0; i < MAX_ENTITIES; i++) {
    for (let axis = 0; axis < 2; axis++) {
      const p = positions.get(i, axis) as number;
      if (p < 0 || p > 20) {
        positions.set([i, axis], Math.min(20, Math.max(0, p)));
        velocities.set([i, axis], -(velocities.get(i, axis) as number));
      }
    }
  }
}

function damageSystem(center: [number, number], radius: number, amount: number): number {
  let hits = 0;
  for (let i = 0; i < MAX_ENTITIES; i++) {
    if (alive.get(i) !== 1) continue;
    const dx = (positions.get(i, 0) as number) - center[0];
    const dy = (positions.get(i, 1) as number) - center[1];
    if (dx * dx + dy * dy <= radius * radius) {
      health.set(i, (health.get(i) as number) - amount);
      hits++;
      if ((health.get(i) as number) <= 0) alive.set(i, 0);
    }
  }
  return hits;
}

spawn(0, 2, 2, 1, 0.5);
spawn(1, 10, 10, -2, 0);
spawn(2, 18, 3, 0, 3);
spawn(3, 5, 15, 0.5, -0.5);

const start = positions.copy();
for (let frame = 0; frame < 10; frame++) movementSystem(0.2);
const travelled = positions.sub(start);
console.log("distance travelled per entity:", travelled.mul(travelled).sum());

const hits = damageSystem([7, 9], 5, 40);
console.log("grenade hits:", hits, "health:", health.tolist());

// Round over: everybody stops before the next wave.
velocities.flatten().fill(0); // expect: no-lost-write
console.log("velocities going into wave 2:", velocities.tolist());

const wavePositions = array([[1, 1], [19, 19], [1, 19], [19, 1], [10, 10], [10, 1]]);
positions.assign(":", wavePositions);
console.log("wave 2 spawn points:", positions.tolist());

console.log("refs on registry storage:", refcount(registry));
registry.dispose();
archetype.dispose();
console.log("after shutdown:", memoryStats());
