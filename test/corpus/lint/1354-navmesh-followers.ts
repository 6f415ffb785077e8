// Navmesh steering for squad AI: polygons link to each other through portals and agents follow a leader along the mesh.
import { array, zeros, NDArray } from "ndalias";

// Navigation polygons carry plain numbers only; their portal links are two-way on purpose.
class NavPoly {
  across: NavPoly | null = null;
  portalX = 0;
  portalY = 0;
  constructor(readonly id: number, readonly cx: number, readonly cy: number) {}
}

class Agent {
  pos: NDArray;
  vel: NDArray;
  polyId: number; // weak reference into the navmesh, by id
  following: Agent | null = null;
  constructor(readonly name: string, x: number, y: number, polyId: number) {
    this.pos = array([x, y]);
    this.vel = zeros(2);
    this.polyId = polyId;
  }
}

function linkPortal(a: NavPoly, b: NavPoly): void {
  a.across = b;
  b.across = a;
  a.portalX = b.portalX = (a.cx + b.cx) / 2;
  a.portalY = b.portalY = (a.cy + b.cy) / 2;
}

function steer(agent: Agent, target: NDArray, maxSpeed: number, dt: number): void {
  const desired = target.sub(agent.pos);
  const dist = Math.sqrt(desired.mul(desired).sum());
  if (dist > 1e-6) desired.imul(Math.min(maxSpeed, dist / dt) / dist);
  agent.vel.imul(0.5);
  agent.vel.iadd(desired.mul(0.5));
  agent.pos.iadd(agent.vel.mul(dt));
}

// The old leader steps back and follows the new one; the old link is cut first.
function promote(newLeader: Agent, oldLeader: Agent): void {
  newLeader.following = null;
  oldLeader.following = newLeader;
}

function targetFor(agent: Agent, polys: NavPoly[]): NDArray {
  if (agent.following) return agent.following.pos.sub(array([0.8, 0]));
  const poly = polys[agent.polyId];
  return poly.across ? array([poly.portalX, poly.portalY]) : array([poly.cx, poly.cy]);
}

function centroid(agents: Agent[]): NDArray {
  const c = zeros(2);
  for (const a of agents) c.iadd(a.pos);
  c.idiv(agents.length);
  return c;
}

const polys = [new NavPoly(0, 0, 0), new NavPoly(1, 6, 0), new NavPoly(2, 6, 6)];
linkPortal(polys[0], polys[1]);

const captain = new Agent("captain", 0, 0, 0);
const scout = new Agent("scout", -1, 0.5, 0);
const medic = new Agent("medic", -2, -0.5, 0);
scout.following = captain;
medic.following = scout;

const squad = [captain, scout, medic];
const dt = 0.1;
for (let tick = 0; tick < 20; tick++) {
  const targets = squad.map((a) => targetFor(a, polys));
  squad.forEach((a, i) => steer(a, targets[i], 3, dt));
}
console.log("squad centre after the march:", centroid(squad).tolist());

promote(scout, captain);
for (let tick = 0; tick < 10; tick++) {
  const targets = squad.map((a) => targetFor(a, polys));
  squad.forEach((a, i) => steer(a, targets[i], 3, dt));
}
const order = squad.map((a) => `${a.name}->${a.following?.name ?? "mesh"}`);
console.log("chain of command:", order.join(", "));
console.log("scout at", scout.pos.tolist(), "captain at", captain.pos.tolist());
