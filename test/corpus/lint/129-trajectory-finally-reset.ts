// Plans a robot trajectory over module-level waypoints; on the early-exit path the cursor still points at the shared waypoints when the finally block resets its start.
// runnable
import { array, NDArray } from "ndalias";

const WAYPOINTS = array([
  [0, 0],
  [1, 2],
  [3, 3],
]);

function pathLength(p: NDArray): number {
  let len = 0;
  for (let i = 1; i < p.shape[0]; i++) {
    const dx = p.get(i, 0) - p.get(i - 1, 0);
    const dy = p.get(i, 1) - p.get(i - 1, 1);
    len += Math.hypot(dx, dy);
  }
  return len;
}

function plan(speed: number): number {
  let cursor: NDArray = WAYPOINTS;
  try {
    if (speed <= 0) return 0;
    cursor = WAYPOINTS.copy();
    cursor.imul(speed);
  } finally {
    cursor.set([0, 0], 0); // expect: no-alias-mutation
  }
  return pathLength(cursor);
}

function safePlan(speed: number): number {
  const local = WAYPOINTS.copy();
  try {
    if (speed <= 0) return 0;
    local.imul(speed);
    return pathLength(local);
  } finally {
    local.set([0, 0], 0); // expect: no-lost-write
  }
}

console.log("stopped:", plan(0), "moving:", plan(2), "safe:", safePlan(0.5));
console.log("waypoints:", WAYPOINTS.tolist(), "length:", pathLength(WAYPOINTS).toFixed(3));
