// Fixed-step physics for a rollback netcode client: saves rollback snapshots, integrates entity positions and interpolates them for rendering.
// runnable
import { array, NDArray } from "ndalias";

interface InputFrame {
  frame: number;
  thrust: [number, number];
}

const ENTITY_NAMES = ["player", "drone", "crate", "door"];
const DT = 1 / 30;
const ROLLBACK_WINDOW = 8;

// Component storage: one row per entity.
const positions = array([
  [0, 0],
  [4, 2],
  [9, 9],
  [12, 0],
]);
const velocities = array([
  [1, 0],
  [0.5, 0.5],
  [0, -1],
  [0, 0],
]);
const inverseMass = array([1, 2, 0.25, 0]);

const rollbackRing: NDArray[] = [];

function saveRollback(frame: number): void {
  rollbackRing[frame % ROLLBACK_WINDOW] = positions.copy();
}

function restoreRollback(frame: number): boolean {
  const saved = rollbackRing[frame % ROLLBACK_WINDOW];
  if (saved === undefined) return false;
  positions.assign(":", saved);
  return true;
}

function applyInput(input: InputFrame): void {
  // only the local player (entity 0) reacts to input
  const accel = array(input.thrust).mul(inverseMass.get(0));
  velocities.slice(0).iadd(accel.mul(DT));
}

function kineticEnergy(): number {
  let total = 0;
  for (let e = 0; e < ENTITY_NAMES.length; e++) {
    const m = inverseMass.get(e) === 0 ? 0 : 1 / inverseMass.get(e);
    const vx = velocities.get(e, 0);
    const vy = velocities.get(e, 1);
    total += 0.5 * m * (vx * vx + vy * vy);
  }
  return total;
}

// Advances the simulation one step and returns the positions blended for the renderer.
function stepAndInterpolate(alpha: number): NDArray {
  const renderFrom = positions; // meant to keep the previous frame for blending
  positions.iadd(velocities.mul(DT)); // expect: no-alias-mutation
  return renderFrom.mul(1 - alpha).add(positions.mul(alpha));
}

const inputs: InputFrame[] = [
  { frame: 0, thrust: [1, 0] },
  { frame: 1, thrust: [0, 1] },
  { frame: 2, thrust: [-1, 0] },
];

const rendered: NDArray[] = [];
for (const input of inputs) {
  saveRollback(input.frame);
  applyInput(input);
  rendered.push(stepAndInterpolate(0.5));
}
console.log("energy after replay:", kineticEnergy().toFixed(4));
console.log("last rendered frame:", rendered[rendered.length - 1].tolist());

// A late input for frame 1 arrived: rewind to the state saved at that frame.
const lateFrame = 1;
if (restoreRollback(lateFrame)) {
  console.log("rolled back to frame", lateFrame, positions.tolist());
}

const cameraTarget = positions.slice(0);
console.log("camera follows", ENTITY_NAMES[0], "at", cameraTarget.tolist());

// The player fell out of the arena: teleport it back to the spawn point.
const fellOut = positions.get(0, 1) > 1 || positions.get(0, 0) > 0;
if (fellOut) {
  positions.slice(0).fill(0); // expect: no-view-mutation
}

// The camera eases from where the player was towards the spawn point.
const cameraLag = cameraTarget.sub(positions.slice(0));
console.log("camera lag:", cameraLag.tolist());
console.log("positions:", positions.tolist());
