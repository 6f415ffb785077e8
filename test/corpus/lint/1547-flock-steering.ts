// Flock steering on one state table (x, y, vx, vy): seek a rally point or waypoint, wander, limit speed, draw debug arrows.
import { array, NDArray } from "ndalias";

const MAX_SPEED = 3;
const ARROW_SCALE = 5;

function seekForce(pos: NDArray, vel: NDArray, target: NDArray): NDArray {
  const desired = target.sub(pos);
  const len = Math.sqrt(desired.mul(desired).sum()) || 1;
  desired.imul(MAX_SPEED / len);
  return desired.sub(vel);
}

function limitSpeed(vel: NDArray): void {
  const speed = Math.sqrt(vel.mul(vel).sum());
  if (speed > MAX_SPEED) vel.imul(MAX_SPEED / speed);
}

function wanderJitter(seed: number, amount: number): NDArray {
  const a = Math.sin(seed * 12.9898) * 43758.5453;
  const angle = (a - Math.floor(a)) * Math.PI * 2;
  return array([Math.cos(angle) * amount, Math.sin(angle) * amount]);
}

function centroid(positions: NDArray): NDArray {
  const n = positions.shape[0];
  return array([positions.slice(":", 0).sum() / n, positions.slice(":", 1).sum() / n]);
}

function drawArrows(lines: string[], origins: NDArray, arrows: NDArray): void {
  for (let i = 0; i < origins.shape[0]; i++) {
    const x = origins.get(i, 0);
    const y = origins.get(i, 1);
    lines.push(
      `arrow (${x.toFixed(1)}, ${y.toFixed(1)}) -> (${(x + arrows.get(i, 0)).toFixed(1)}, ${(y + arrows.get(i, 1)).toFixed(1)})`,
    );
  }
}

const flock = array([
  [0, 0, 1, 0],
  [2, 1, 0, 1],
  [-1, 3, 0.5, 0.5],
  [4, -2, -1, 0],
]);
const rally = array([10, 10]);
const waypoint = array([6, 2]);
const dt = 0.1;

for (let tick = 0; tick < 3; tick++) {
  const usingWaypoint = tick % 2 === 1;
  const goal = usingWaypoint ? waypoint : rally;
  goal.iadd(wanderJitter(tick, 0.3)); // expect: no-alias-mutation

  for (let i = 0; i < flock.shape[0]; i++) {
    const steer = seekForce(flock.slice(i, ":2"), flock.slice(i, "2:"), goal);
    flock.slice(i, "2:").iadd(steer.mul(dt));
    limitSpeed(flock.slice(i, "2:"));
  }
  flock.slice(":", ":2").iadd(flock.slice(":", "2:").mul(dt));

  const c = centroid(flock.slice(":", ":2"));
  const toRally = rally.sub(c);
  console.log(
    `tick ${tick}: centroid=${JSON.stringify(c.tolist())}`,
    `distance to rally=${Math.sqrt(toRally.mul(toRally).sum()).toFixed(2)}`,
  );
}

// Debug overlay: velocity arrows, scaled up so they are visible on screen.
const overlay: string[] = [];
const arrows = flock.slice(":", "2:");
arrows.imul(ARROW_SCALE); // expect: no-view-mutation
drawArrows(overlay, flock.slice(":", ":2"), arrows);
console.log(overlay.join("\n"));

// Next frame continues from the state table.
for (let i = 0; i < flock.shape[0]; i++) {
  limitSpeed(flock.slice(i, "2:"));
}
flock.slice(":", ":2").iadd(flock.slice(":", "2:").mul(dt));
console.log("state after next frame:", flock.tolist());
console.log("waypoint used by the scouts:", waypoint.tolist());
