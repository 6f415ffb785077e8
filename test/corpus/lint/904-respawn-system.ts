// Respawn system for an arena shooter: moves dead entities to spawn points, restores their health and ammo, and broadcasts the kill feed.
// runnable
import { array, NDArray } from "ndalias";

const ENTITY_NAMES = ["alice", "bob", "carol", "dave", "erin"];
const MAX_HP = 100;
const MAX_AMMO = 30;

const positions = array([
  [3, 4],
  [10, 2],
  [7, 7],
  [0, 9],
  [5, 5],
]);
const health = array([0, 35, 0, 80, 12]);
const ammo = array([0, 12, 3, 30, 8], "int32");
const spawnPoints = array([
  [0, 0],
  [20, 20],
]);

const broadcast: string[] = [];

function deadEntities(): number[] {
  const dead: number[] = [];
  for (let e = 0; e < health.size; e++) {
    if (health.get(e) <= 0) dead.push(e);
  }
  return dead;
}

function nearestSpawn(pos: NDArray): number {
  let best = 0;
  let bestDist = Infinity;
  for (let s = 0; s < spawnPoints.shape[0]; s++) {
    const d = spawnPoints.slice(s).sub(pos);
    const dist = d.mul(d).sum();
    if (dist < bestDist) {
      bestDist = dist;
      best = s;
    }
  }
  return best;
}

function publishKillFeed(sites: NDArray, dead: number[]): void {
  dead.forEach((e, k) => {
    broadcast.push(`${ENTITY_NAMES[e]} fell at (${sites.get(k, 0)}, ${sites.get(k, 1)})`);
  });
}

const dead = deadEntities();
console.log("dead this round:", dead.map((e) => ENTITY_NAMES[e]).join(", "));

// Kill feed: tile centres of the death sites, taken from the positions before respawning.
const deathSites = positions.take(dead, 0);
deathSites.iadd(0.5);
publishKillFeed(deathSites, dead);

// Move each dead entity to the spawn point furthest from where it died.
dead.forEach((e) => {
  const spawn = 1 - nearestSpawn(positions.slice(e));
  positions.slice(e).assign(":", spawnPoints.slice(spawn));
});

// Restore health of the respawned entities.
health.take(dead).fill(MAX_HP); // expect: no-lost-write

// Restock ammo for respawned entities.
const restocked = ammo.copy();
for (const e of dead) {
  restocked.set(e, MAX_AMMO); // expect: no-lost-write
}

// Low-ammo warnings use a scratch copy that is read right away.
const shortfall = ammo.astype("float64");
shortfall.isub(MAX_AMMO);
shortfall.imul(-1);
for (let e = 0; e < shortfall.size; e++) {
  if (shortfall.get(e) > 20) broadcast.push(`${ENTITY_NAMES[e]} is low on ammo`);
}

for (const line of broadcast) console.log(line);
console.log("positions:", positions.tolist());
console.log("health:", health.tolist());
console.log("ammo:", ammo.tolist());
console.log("alive next round:", (health.tolist() as number[]).filter((hp) => hp > 0).length);
