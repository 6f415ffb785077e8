// Distributes a loop-closure correction over a keyframe trajectory, converts headings for export and reports per-leg residuals.
// runnable
import { array, NDArray } from "ndalias";

const trajectory = array([
  [0.0, 0.0, 0.0],
  [1.0, 0.02, 0.04],
  [2.0, 0.08, 0.09],
  [2.95, 0.21, 0.13],
  [3.9, 0.4, 0.18],
  [4.8, 0.66, 0.22],
]);

const loopResidual = array([-0.12, -0.3, -0.2]);

function wrapAngle(theta: number): number {
  return Math.atan2(Math.sin(theta), Math.cos(theta));
}

function legLengths(path: NDArray): number[] {
  const out: number[] = [];
  for (let i = 1; i < path.shape[0]; i++) {
    const d = path.slice(i, ":2").sub(path.slice(i - 1, ":2"));
    out.push(Math.sqrt(d.mul(d).sum()));
  }
  return out;
}

function correctionWeights(n: number): NDArray {
  const w = array(Array.from({ length: n }, (_, i) => i / (n - 1)));
  return w;
}

// Residual between the first and last keyframe, wrapped; a fresh array that is read below.
const endToEnd = trajectory.slice(-1).sub(trajectory.slice(0));
endToEnd.set(2, wrapAngle(endToEnd.get(2)));
console.log("end-to-end displacement:", endToEnd.tolist());

// Linear distribution of the loop residual along the trajectory, written row by row through chained views.
const weights = correctionWeights(trajectory.shape[0]);
for (let i = 0; i < trajectory.shape[0]; i++) {
  trajectory.slice(i).iadd(loopResidual.mul(weights.get(i)));
}
console.log("corrected trajectory:", trajectory.tolist());

// The last two keyframes also get the fine alignment offset from scan matching.
const fineOffset = array([0.01, -0.015, 0.0]);
trajectory.take([4, 5], 0).iadd(fineOffset); // expect: no-lost-write

// Headings in degrees for the export file.
const headings = trajectory.slice(":", 2).flatten();
headings.imul(180 / Math.PI); // expect: no-lost-write

const legs = legLengths(trajectory);
console.log("leg lengths:", legs.map((l) => l.toFixed(3)).join(", "));
console.log("export rows:");
for (let i = 0; i < trajectory.shape[0]; i++) {
  const row = trajectory.slice(i);
  console.log(`  kf${i}: x=${row.get(0).toFixed(3)} y=${row.get(1).toFixed(3)} heading=${row.get(2).toFixed(3)}`);
}

// A degree copy that is actually used: written, then printed.
const headingDeg = trajectory.slice(":", 2).copy();
headingDeg.imul(180 / Math.PI);
console.log("headings (deg):", headingDeg.tolist());

// A normalised copy of the residual that is written and then returned from a helper.
function unitResidual(r: NDArray): NDArray {
  const u = r.slice(":2").copy();
  const n = Math.sqrt(u.mul(u).sum());
  if (n > 0) u.idiv(n);
  return u;
}
console.log("residual direction:", unitResidual(loopResidual).tolist());

// Statistics over the corrected path: sorted leg lengths, read right away.
const sortedLegs = array(legs);
sortedLegs.sort();
console.log("shortest leg:", sortedLegs.get(0).toFixed(3), "longest leg:", sortedLegs.get(sortedLegs.size - 1).toFixed(3));

// Total yaw drift after correction.
const totalYaw = trajectory.get(trajectory.shape[0] - 1, 2) - trajectory.get(0, 2);
console.log("yaw span after correction:", wrapAngle(totalYaw).toFixed(3), "rad");
