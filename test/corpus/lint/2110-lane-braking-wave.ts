// Warms up a three-lane motorway segment, applies a braking wave and reports how much each lane slowed and which cells are slowest.
// runnable
import { zeros, NDArray } from "ndalias";

const LANES = 3;
const CELLS = 8;
const CELL_LENGTH = 50; // metres
const SPEED_LIMIT = 33.3; // m/s
const DT = 1.0; // seconds per tick
const CONGESTION_THRESHOLD = 15; // m/s

// speeds[lane, cell] in m/s; lane 0 is the slow lane
function initialSpeeds(): NDArray {
  const speeds = zeros([LANES, CELLS]);
  for (let lane = 0; lane < LANES; lane++) {
    for (let cell = 0; cell < CELLS; cell++) {
      speeds.set([lane, cell], 18 + 4 * lane + (cell % 3));
    }
  }
  return speeds;
}

function accelerate(speeds: NDArray, dt: number, limit: number = SPEED_LIMIT): void {
  for (let i = 0; i < speeds.size; i++) {
    const v = speeds.data[i] as number;
    speeds.data[i] = Math.min(limit, v + 1.5 * dt);
  }
}

function laneMeans(speeds: NDArray): string[] {
  const means: string[] = [];
  for (let lane = 0; lane < speeds.shape[0]; lane++) {
    means.push(speeds.slice(lane).mean().toFixed(2));
  }
  return means;
}

function congestedCells(speeds: NDArray, threshold: number = CONGESTION_THRESHOLD): number {
  let count = 0;
  for (let lane = 0; lane < speeds.shape[0]; lane++) {
    for (let cell = 0; cell < speeds.shape[1]; cell++) {
      if (speeds.get(lane, cell) < threshold) count++;
    }
  }
  return count;
}

function travelTimeSeconds(speeds: NDArray, cellLength: number = CELL_LENGTH): number {
  let total = 0;
  for (let cell = 0; cell < speeds.shape[1]; cell++) {
    const column = speeds.slice(":", cell);
    total += cellLength / Math.max(column.mean(), 0.1);
  }
  return total;
}

function formatDrop(drop: NDArray): string {
  const values = drop.tolist() as number[];
  return values.map((v) => v.toFixed(1)).join(" ");
}

const road = initialSpeeds();
for (let tick = 0; tick < 3; tick++) {
  accelerate(road, DT);
}
console.log("lane means after warm-up:", laneMeans(road));
console.log("travel time (s):", travelTimeSeconds(road).toFixed(1));

// the first two cells of the slow lane are the on-ramp merge zone: vehicles there start from rest
road.slice("0, 0:2").fill(0);
console.log("congested cells with the merge zone:", congestedCells(road));

// keep the lane profiles from before the wave to measure the drop
const fastLaneBefore = road.slice(LANES - 1).copy();
const slowLaneBefore = road.slice(0);

// a braking wave hits the whole segment
road.imul(0.6); // expect: no-view-mutation

const slowDrop = slowLaneBefore.sub(road.slice(0));
const fastDrop = fastLaneBefore.sub(road.slice(LANES - 1));
console.log("slow lane speed drop:", formatDrop(slowDrop));
console.log("fast lane speed drop:", formatDrop(fastDrop));
console.log("congested cells after the wave:", congestedCells(road));

// rank the cells from slowest to fastest for the incident report
const ranked = road.ravel();
ranked.sort(); // expect: no-view-mutation
const medianIndex = Math.floor(ranked.size / 2);
console.log("slowest cell:", ranked.get(0), "median cell:", ranked.get(medianIndex));

console.log("lane means after the wave:", laneMeans(road));
console.log("travel time (s):", travelTimeSeconds(road).toFixed(1));
