// Steps a rigid-body world: the integrator destructures the world state and advances positions, then the renderer reads the world's bodies.
// runnable
import { array, ones, NDArray } from "ndalias";

interface World {
  pos: NDArray;
  vel: NDArray;
  mass: NDArray;
  gravity: number;
}

const world: World = {
  pos: array([[0, 10], [5, 12], [9, 3]]),
  vel: array([[1, 0], [0, -1], [-2, 0.5]]),
  mass: ones(3),
  gravity: -9.81,
};

function kineticEnergy(w: World): number {
  return 0.5 * w.vel.mul(w.vel).sum() * w.mass.mean();
}

const dt = 0.1;
const { pos, vel, ...rest } = world;
const drift = vel.mul(dt);
pos.iadd(drift); // expect: no-alias-mutation
console.log("gravity:", rest.gravity, "total mass:", rest.mass.sum());

const bodies: NDArray[] = [array([1, 1]), array([2, 2]), array([3, 3])];
const [leader, ...followers] = bodies;
const centre = followers.reduce((acc, b) => acc.add(b), leader.mul(0)).div(followers.length);
const snapped = leader.copy();
snapped.isub(centre);
console.log("leader offset:", snapped.tolist(), "bodies:", bodies.map((b) => b.tolist()));

function render(w: World): string {
  const rows = w.pos.tolist() as number[][];
  return rows.map(([x, y]) => `(${x.toFixed(1)}, ${y.toFixed(1)})`).join(" ");
}
console.log("frame:", render(world), "KE:", kineticEnergy(world).toFixed(3));
