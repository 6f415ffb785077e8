// Handles a lane-blocking incident on a four-lane arterial: logs lane loads, moves vehicles out of the blocked lane and reports by direction.
import { zeros, NDArray } from "ndalias";

const CELLS = 10;
const BLOCKED_LANE = 1;

// density[lane, cell] in vehicles per cell; lanes 0-1 eastbound, 2-3 westbound
const density = zeros([4, CELLS]);

function seed(d: NDArray): void {
  for (let lane = 0; lane < d.shape[0]; lane++) {
    for (let cell = 0; cell < d.shape[1]; cell++) {
      d.set([lane, cell], ((lane + 1) * (cell + 3)) % 5);
    }
  }
}

function laneLoad(d: NDArray, lane: number): number {
  const row = d.slice(lane);
  return row.sum();
}

function shiftVehicles(d: NDArray, from: number, to: number): void {
  const source = d.slice(from);
  const target = d.slice(to);
  target.iadd(source);
  source.fill(0);
}

function closeCells(d: NDArray, lane: number, first: number, last: number): void {
  const stretch = d.slice(`${lane}, ${first}:${last}`);
  stretch.fill(0);
}

function busiestCell(d: NDArray): [number, number] {
  let best: [number, number] = [0, 0];
  for (let lane = 0; lane < d.shape[0]; lane++) {
    for (let cell = 0; cell < d.shape[1]; cell++) {
      if (d.get(lane, cell) > d.get(best[0], best[1])) best = [lane, cell];
    }
  }
  return best;
}

function profile(row: NDArray): string {
  const values = row.tolist() as number[];
  return values.map((v) => v.toFixed(0)).join("");
}

seed(density);
const before = [0, 1, 2, 3].map((lane) => laneLoad(density, lane));
console.log("lane loads before the incident:", before);

// look at the blocked lane before anything changes
const blockedLane = density.slice(BLOCKED_LANE);
console.log("blocked lane profile:", profile(blockedLane));
const stranded = blockedLane.sum();
const worst = blockedLane.max();

// everything in the blocked lane merges into the kerb lane
shiftVehicles(density, BLOCKED_LANE, 0);

// rubbernecking slows the westbound lanes next to the incident
density.slice("2:4, 3:6").imul(1.5);

// the police cordon closes two westbound cells entirely
closeCells(density, 2, 4, 6);

// views taken after the changes see the new state on purpose
const eastbound = density.slice("0:2");
const westbound = density.slice("2:4");
console.log("eastbound vehicles:", eastbound.sum(), "westbound vehicles:", westbound.sum());
console.log("kerb lane after merge:", profile(eastbound.slice(0)));

// a rescaled copy for the display panel, independent of the model state
const panel = westbound.copy();
panel.idiv(Math.max(panel.max(), 1));
panel.imul(9);
console.log("westbound panel:", (panel.tolist() as number[][]).map((row) => row.map(Math.round).join("")));

const [lane, cell] = busiestCell(density);
const after = [0, 1, 2, 3].map((l) => laneLoad(density, l));
console.log(`stranded ${stranded} vehicles (worst cell ${worst}); busiest cell now lane ${lane}, cell ${cell}`);
console.log("lane loads after the incident:", after);
