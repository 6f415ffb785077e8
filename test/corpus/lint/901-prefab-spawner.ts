// Spawns wave enemies from prefab templates whose components are stored by name, scaling speed per wave and promoting elites.
import { array, NDArray } from "ndalias";

type ComponentSet = Map<string, NDArray>;

interface Entity {
  id: number;
  kind: string;
  components: ComponentSet;
}

const prefabs = new Map<string, ComponentSet>([
  [
    "goblin",
    new Map([
      ["health", array([30, 30])], // current, max
      ["speed", array([2.5])],
      ["color", array([0.2, 0.8, 0.2])],
    ]),
  ],
  [
    "ogre",
    new Map([
      ["health", array([120, 120])],
      ["speed", array([1.2])],
      ["color", array([0.5, 0.4, 0.3])],
    ]),
  ],
]);

let nextId = 1;

function instantiate(kind: string): Entity {
  const prefab = prefabs.get(kind);
  if (prefab === undefined) throw new Error(`unknown prefab ${kind}`);
  const components: ComponentSet = new Map();
  for (const [name, template] of prefab) {
    components.set(name, template.copy());
  }
  return { id: nextId++, kind, components };
}

function waveSpeed(base: NDArray, wave: number): NDArray {
  base.imul(1 + 0.1 * wave); // expect: no-alias-mutation
  return base;
}

function waveHealth(base: NDArray, wave: number): NDArray {
  return base.mul(1 + 0.25 * wave);
}

function spawnWave(kind: string, count: number, wave: number): Entity[] {
  const prefab = prefabs.get(kind)!;
  const spawned: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const entity = instantiate(kind);
    entity.components.set("health", waveHealth(prefab.get("health")!, wave));
    entity.components.set("speed", waveSpeed(prefab.get("speed")!, wave));
    spawned.push(entity);
  }
  return spawned;
}

function promoteToElite(kind: string): Entity {
  const entity = instantiate(kind);
  const eliteHealth = prefabs.get(kind)!.get("health")!.copy();
  eliteHealth.imul(2); // expect: no-lost-write
  const tint = entity.components.get("color")!.mul(0.5).add(0.5);
  entity.components.set("color", tint);
  return entity;
}

function promoteToChampion(kind: string): Entity {
  const entity = instantiate(kind);
  const championHealth = prefabs.get(kind)!.get("health")!.mul(3);
  championHealth.iadd(10);
  entity.components.set("health", championHealth);
  return entity;
}

function describe(entity: Entity): string {
  const hp = entity.components.get("health")!;
  const speed = entity.components.get("speed")!;
  return `#${entity.id} ${entity.kind} hp=${hp.get(0)}/${hp.get(1)} speed=${speed.get(0).toFixed(2)}`;
}

const roster: Entity[] = [];
for (let wave = 1; wave <= 3; wave++) {
  roster.push(...spawnWave("goblin", 2, wave));
  if (wave === 3) roster.push(...spawnWave("ogre", 1, wave));
}
roster.push(promoteToElite("goblin"));
roster.push(promoteToChampion("ogre"));

for (const entity of roster) {
  console.log(describe(entity));
}

const goblinTemplate = prefabs.get("goblin")!;
console.log("goblin template speed:", goblinTemplate.get("speed")!.tolist());
console.log("goblin template health:", goblinTemplate.get("health")!.tolist());
