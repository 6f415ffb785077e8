// Combat systems over a health component table (current, max per entity): applies armoured hits, regenerates, revives and syncs to clients.
import { array, NDArray } from "ndalias";

const components = new Map<string, NDArray>();
components.set(
  "health",
  array([
    [80, 100],
    [45, 60],
    [0, 50],
    [120, 120],
  ]),
);
components.set("armor", array([0.1, 0.0, 0.3, 0.5]));
components.set("team", array([0, 0, 1, 1], "uint8"));

const outbox: number[][] = [];

function sendPacket(packet: NDArray): void {
  outbox.push(packet.tolist() as number[]);
}

function applyHits(health: NDArray, armor: NDArray, hits: NDArray, log: string[]): void {
  const current = health.slice(":", 0);
  const absorbed = hits.mul(armor);
  current.isub(hits.sub(absorbed)); // expect: no-view-mutation
  for (let e = 0; e < health.shape[0]; e++) {
    if (health.get(e, 0) < 0) log.push(`entity ${e} overkilled by ${-health.get(e, 0)}`);
  }
}

function clampHealth(health: NDArray): void {
  for (let e = 0; e < health.shape[0]; e++) {
    const hp = health.get(e, 0);
    if (hp < 0) health.set([e, 0], 0);
    if (hp > health.get(e, 1)) health.set([e, 0], health.get(e, 1));
  }
}

function regenerate(health: NDArray, team: NDArray, rate: number): void {
  for (let e = 0; e < health.shape[0]; e++) {
    const hp = health.get(e, 0);
    if (hp > 0 && team.get(e) === 0) {
      health.set([e, 0], Math.min(health.get(e, 1), hp + rate));
    }
  }
}

function teamHealth(health: NDArray, team: NDArray, which: number): number {
  let total = 0;
  for (let e = 0; e < health.shape[0]; e++) {
    if (team.get(e) === which) total += health.get(e, 0);
  }
  return total;
}

const health = components.get("health")!;
const armor = components.get("armor")!;
const team = components.get("team")!;
const combatLog: string[] = [];

applyHits(health, armor, array([30, 50, 10, 40]), combatLog);
clampHealth(health);
regenerate(health, team, 5);
console.log("team 0:", teamHealth(health, team, 0), "team 1:", teamHealth(health, team, 1));

// Serialise the health table for the network; the packet is flushed at the end of the frame.
const packet = health.reshape(health.size);
console.log("queued health packet with", packet.size, "values");

// Revive downed entities at half health before the frame ends.
for (let e = 0; e < health.shape[0]; e++) {
  if (health.get(e, 0) <= 0) {
    health.set([e, 0], health.get(e, 1) / 2); // expect: no-view-mutation
  }
}

sendPacket(packet);
console.log("health:", health.tolist());
console.log("combat log:", combatLog.join("; "));
console.log("packets sent:", outbox.length);
