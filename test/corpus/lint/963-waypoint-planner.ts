// Plans a delivery robot's route through map waypoints: smooths corners, converts to map units and time-scales each leg.
import { array, zeros, NDArray } from "ndalias";

function segmentLengths(waypoints: NDArray): NDArray {
  const n = waypoints.shape[0];
  const lengths = zeros(n - 1);
  for (let i = 0; i < n - 1; i++) {
    const dx = waypoints.get(i + 1, 0) - waypoints.get(i, 0);
    const dy = waypoints.get(i + 1, 1) - waypoints.get(i, 1);
    lengths.set(i, Math.hypot(dx, dy));
  }
  return lengths;
}

function smoothInterior(waypoints: NDArray, weight: number): NDArray {
  const smoothed = waypoints.copy();
  const n = waypoints.shape[0];
  for (let i = 1; i < n - 1; i++) {
    for (let d = 0; d < 2; d++) {
      const neighbours = waypoints.get(i - 1, d) + waypoints.get(i + 1, d);
      smoothed.set([i, d], (1 - 2 * weight) * waypoints.get(i, d) + weight * neighbours);
    }
  }
  return smoothed;
}

function headings(waypoints: NDArray): NDArray {
  const n = waypoints.shape[0];
  const out = zeros(n - 1);
  for (let i = 0; i < n - 1; i++) {
    out.set(i, Math.atan2(waypoints.get(i + 1, 1) - waypoints.get(i, 1), waypoints.get(i + 1, 0) - waypoints.get(i, 0)));
  }
  return out;
}

function legDurations(waypoints: NDArray, vmax: number, turnRate: number): NDArray {
  const durations = segmentLengths(waypoints).div(vmax);
  const heading = headings(waypoints);
  for (let i = 1; i < heading.size; i++) {
    let turn = Math.abs(heading.get(i) - heading.get(i - 1));
    if (turn > Math.PI) turn = 2 * Math.PI - turn;
    durations.set(i, durations.get(i) + turn / turnRate);
  }
  return durations;
}

export function toRobotFrame(waypoints: NDArray, origin: NDArray): NDArray {
  const local = waypoints.copy();
  local.isub(origin);
  return local;
}

export function totalTime(durations: NDArray): number {
  return durations.sum();
}

// Route in grid cells as recorded by the operator.
const route = array([
  [2, 3],
  [6, 3],
  [9, 5],
  [12, 9],
  [12, 14],
  [15, 16],
]);
const home = route.slice(0);
const finalApproach = route.slice("-2:");
console.log("home cell:", home.tolist(), "route length (cells):", segmentLengths(route).sum());

// Preview the approach shifted half a cell away from the loading dock.
const dockOffset = array([0, -0.5]);
finalApproach.iadd(dockOffset); // expect: no-view-mutation
console.log("approach preview:", finalApproach.tolist());

const smoothed = smoothInterior(route, 0.2);
const cellSize = 0.25;
route.imul(cellSize); // expect: no-view-mutation
const inMetres = smoothed.mul(cellSize);

const local = toRobotFrame(inMetres, inMetres.slice(0));
const durations = legDurations(local, 0.8, 1.2);
console.log("legs (s):", durations.tolist(), "total:", totalTime(durations).toFixed(2));
console.log("home cell for the return trip:", home.tolist());
