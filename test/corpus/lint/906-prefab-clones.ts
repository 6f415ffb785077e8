// Clones prefab templates into an object-dtype entity table, customises each clone, and checks the prefab library is untouched.
import { array, empty, NDArray } from "ndalias";

interface Prefab {
  name: string;
  position: NDArray;
  velocity: NDArray;
  color: NDArray;
  health: NDArray;
}

const COMPONENTS = ["position", "velocity", "color", "health"] as const;

const library: Prefab[] = [
  {
    name: "bat",
    position: array([0, 0]),
    velocity: array([1.5, 0.5]),
    color: array([0.3, 0.3, 0.3]),
    health: array([10]),
  },
  {
    name: "golem",
    position: array([0, 0]),
    velocity: array([0.2, 0]),
    color: array([0.6, 0.5, 0.4]),
    health: array([200]),
  },
];

// Tints a colour component in place; callers pass the entity's own colour on purpose.
function tint(color: NDArray, factor: number): void {
  color.imul(factor);
  for (let c = 0; c < color.size; c++) {
    if (color.get(c) > 1) color.set(c, 1);
  }
}

// Builds one entity row (an object array of component arrays) from a prefab.
function spawn(prefab: Prefab, at: [number, number], variant: number): NDArray {
  const row = empty(COMPONENTS.length, "object");
  const position = prefab.position.copy();
  position.iadd(array(at));
  const velocity = prefab.velocity.copy();
  velocity.imul(variant % 2 === 0 ? 1 : -1);
  const color = prefab.color.copy();
  tint(color, 1 + 0.2 * variant);
  row.set(0, position);
  row.set(1, velocity);
  row.set(2, color);
  row.set(3, prefab.health.copy());
  return row;
}

const entityTable = empty(4, "object");
entityTable.set(0, spawn(library[0], [3, 4], 0));
entityTable.set(1, spawn(library[0], [8, 1], 1));
entityTable.set(2, spawn(library[1], [0, 12], 2));

// A boss is spawned from the golem prefab and then buffed after being registered.
const bossHealth = library[1].health.copy();
const bossRow = spawn(library[1], [20, 20], 3);
bossRow.set(3, bossHealth);
entityTable.set(3, bossRow);
bossHealth.imul(5);
console.log("boss health:", bossHealth.get(0), "in the table:", entityTable.get(3).get(3).tolist());

// Inspect the bat prefab's speed before editing the local copy used for a faster variant.
const batVelocity = library[0].velocity.copy();
const previewVelocity = batVelocity;
console.log("bat speed before variant:", Math.hypot(previewVelocity.get(0), previewVelocity.get(1)));
batVelocity.imul(2);
console.log("fast bat velocity:", batVelocity.tolist());

for (let i = 0; i < entityTable.size; i++) {
  const row = entityTable.get(i);
  const pos = row.get(0);
  const hp = row.get(3);
  console.log(`entity ${i}: pos=${JSON.stringify(pos.tolist())} hp=${hp.get(0)}`);
}

for (const prefab of library) {
  console.log(
    `prefab ${prefab.name}: pos=${JSON.stringify(prefab.position.tolist())}`,
    `vel=${JSON.stringify(prefab.velocity.tolist())} hp=${prefab.health.get(0)}`,
  );
}
