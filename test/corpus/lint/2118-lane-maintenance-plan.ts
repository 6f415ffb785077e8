// Plans overnight maintenance on a four-lane carriageway: closes a lane, caps speeds in the work zone and prints the resulting speed plan.
// runnable
import { array, NDArray } from "ndalias";

// speedPlan[lane, section] in m/s; lane 0 is the kerb lane
const speedPlan = array([
  [27.8, 27.8, 27.8, 27.8, 27.8, 27.8],
  [30.6, 30.6, 30.6, 30.6, 30.6, 30.6],
  [33.3, 33.3, 33.3, 33.3, 33.3, 33.3],
  [33.3, 33.3, 33.3, 33.3, 33.3, 33.3],
]);
const CLOSED_LANE = 3;
const WORK_ZONE_LIMIT = 16.7;
const APPROACH_LIMIT = 22.2;

function toKmh(plan: NDArray): NDArray {
  const kmh = plan.mul(3.6);
  for (let i = 0; i < kmh.size; i++) {
    kmh.data[i] = Math.round(kmh.data[i] as number);
  }
  return kmh;
}

function medianLimit(plan: NDArray): number {
  const sorted = plan.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function signText(plan: NDArray, lane: number): string {
  const kmh = toKmh(plan.slice(lane));
  const values = kmh.tolist() as number[];
  return values.map((v) => (v === 0 ? " X " : String(v).padStart(3))).join(" | ");
}

function openLanes(plan: NDArray): number {
  let open = 0;
  for (let lane = 0; lane < plan.shape[0]; lane++) {
    if (plan.slice(lane).max() > 0) open++;
  }
  return open;
}

// rough lane capacity from the posted speed (veh/h), used for the diversion estimate
function capacity(plan: NDArray, headwayMetres = 45): number {
  const perLane = plan.mul(3600 / headwayMetres);
  return perLane.min() * plan.shape[0];
}

function applyFloor(plan: NDArray, floor: number): void {
  for (let i = 0; i < plan.size; i++) {
    const v = plan.data[i] as number;
    if (v > 0 && v < floor) plan.data[i] = floor;
  }
}

console.log("median limit before works:", medianLimit(speedPlan));
const capacityBefore = capacity(speedPlan);

// approach: the kerb lane slows down in the first section
speedPlan.slice("0, 0:1").fill(APPROACH_LIMIT);

// lane 3 is coned off for the whole length of the section
const closedLane = speedPlan.take([CLOSED_LANE], 0);
closedLane.fill(0); // expect: no-lost-write

// work zone: sections 2-4 of the open lanes are limited to 60 km/h
const workZone = speedPlan.slice(":3, 2:5").copy();
workZone.fill(WORK_ZONE_LIMIT); // expect: no-lost-write

// nothing in the plan may be signed below 50 km/h except a closure
applyFloor(speedPlan, 13.9);

for (let lane = 0; lane < speedPlan.shape[0]; lane++) {
  console.log(`lane ${lane}: ${signText(speedPlan, lane)}`);
}
console.log("open lanes:", openLanes(speedPlan));
console.log("median limit during works:", medianLimit(speedPlan));

const capacityDuring = capacity(speedPlan);
console.log(`bottleneck capacity ${capacityBefore.toFixed(0)} -> ${capacityDuring.toFixed(0)} veh/h`);

const planKmh = toKmh(speedPlan);
console.log("plan (km/h):", planKmh.tolist());
