// Advances a small 2-D particle system by one time step and reports how far the particles moved.
import { array } from "ndalias";

const positions = array([
  [0, 0],
  [1, 0],
  [0, 1],
]);
const velocities = array([
  [0.5, 0],
  [0, 0.5],
  [-0.5, -0.5],
]);
const dt = 0.1;

// Bug (no-alias-mutation): `before` is not a snapshot but the same array, so
// the step below moves it too and the displacement comes out as zero.
const before = positions;
positions.iadd(velocities.mul(dt));
const moved = positions.sub(before);
console.log("displacement (should be 0.05 per axis):", moved.tolist());

// Correct: a real snapshot.
const snapshot = positions.copy();
positions.iadd(velocities.mul(dt));
console.log("second step:", positions.sub(snapshot).tolist());

// Correct: damping every x velocity through a column view is the intended in-place update.
velocities.slice(":, 0").imul(0.9);
console.log("velocities:", velocities.tolist());
