// Entity-component store: component columns live in an object-dtype table, and a prefab table links back to the world for lookups.
import { empty, zeros, full, NDArray } from "ndalias";

const MAX_ENTITIES = 8;
const COMPONENTS = ["position", "velocity", "health"] as const;
type ComponentName = (typeof COMPONENTS)[number];

const columnIndex = new Map<ComponentName, number>(COMPONENTS.map((name, i) => [name, i]));
const PREFAB_SLOT = COMPONENTS.length;

function createWorld(): NDArray {
  const world = empty(COMPONENTS.length + 1, "object");
  world.set(0, zeros([MAX_ENTITIES, 3]));
  world.set(1, zeros([MAX_ENTITIES, 3]));
  world.set(2, full(MAX_ENTITIES, 100));

  const prefabs = empty(2, "object");
  prefabs.set(0, full(3, 1));
  world.set(PREFAB_SLOT, prefabs);
  prefabs.set(1, world); // expect: no-reference-cycle
  return world;
}

function column(world: NDArray, name: ComponentName): NDArray {
  const index = columnIndex.get(name);
  if (index === undefined) throw new Error(`unknown component ${name}`);
  return world.get(index) as NDArray;
}

function movementSystem(world: NDArray, dt: number): void {
  const pos = column(world, "position");
  const vel = column(world, "velocity");
  pos.iadd(vel.mul(dt));
}

function damageSystem(world: NDArray, hits: number[], amount: number): void {
  const health = column(world, "health");
  for (const id of hits) {
    health.set(id, Math.max(0, health.get(id) - amount));
  }
}

const world = createWorld();
const velocities = column(world, "velocity");
velocities.set([0, 0], 2);
velocities.set([1, 2], -1.5);

for (let tick = 0; tick < 4; tick++) {
  movementSystem(world, 0.25);
  damageSystem(world, [1], 12);
}

console.log("positions:", JSON.stringify(column(world, "position").tolist()));
console.log("health:", column(world, "health").tolist());
