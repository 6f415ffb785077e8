// Builds a corridor of roads joined by junctions, links every junction to its incoming and outgoing road both ways, and discharges the queues.
import { array, zeros, NDArray } from "ndalias";

class Road {
  occupancy: NDArray; // vehicles per cell
  start: Junction | null = null;
  end: Junction | null = null;
  constructor(
    readonly name: string,
    cells: number,
  ) {
    this.occupancy = zeros(cells);
  }
}

class Junction {
  queue: NDArray; // vehicles waiting per movement: left, through, right
  incoming: Road | null = null;
  outgoing: Road | null = null;
  constructor(readonly id: number) {
    this.queue = zeros(3);
  }
}

class Route {
  readonly legs: Road[] = [];
  add(road: Road): Route {
    this.legs.push(road);
    return this;
  }
  vehicles(): number {
    return this.legs.reduce((sum, road) => sum + road.occupancy.sum(), 0);
  }
}

function attach(from: Road, junction: Junction, to: Road): void {
  from.end = junction;
  junction.incoming = from; // expect: no-reference-cycle
  junction.outgoing = to;
  to.start = junction; // expect: no-reference-cycle
}

// forecast of what is left at the junction after one green phase
function queueAfterGreen(junction: Junction, served: number[] = [4, 6, 3]): number {
  const waiting = junction.queue;
  for (let m = 0; m < served.length; m++) {
    waiting.set(m, Math.max(0, waiting.get(m) - served[m])); // expect: no-alias-mutation
  }
  return waiting.sum();
}

function dischargeInto(junction: Junction, served: number[]): void {
  const road = junction.outgoing;
  if (!road) return;
  let moved = 0;
  for (let m = 0; m < served.length; m++) {
    const n = Math.min(junction.queue.get(m), served[m]);
    junction.queue.set(m, junction.queue.get(m) - n);
    moved += n;
  }
  road.occupancy.set(0, road.occupancy.get(0) + moved);
}

function advanceRoad(road: Road): number {
  const occ = road.occupancy;
  const leaving = occ.get(occ.size - 1);
  const moved = occ.slice(":-1").copy();
  moved.imul(0.8);
  const staying = occ.slice(":-1").sub(moved);
  const next = zeros(occ.size);
  next.slice("1:").iadd(moved);
  next.slice(":-1").iadd(staying);
  road.occupancy = next;
  return leaving;
}

const roads = [new Road("A1 inbound", 6), new Road("A1 centre", 8), new Road("A1 outbound", 6)];
const junctions = [new Junction(1), new Junction(2)];
attach(roads[0], junctions[0], roads[1]);
attach(roads[1], junctions[1], roads[2]);

junctions[0].queue.assign(":", array([5, 9, 2]));
junctions[1].queue.assign(":", array([1, 4, 7]));
roads[0].occupancy.assign(":", array([2, 3, 1, 0, 4, 2]));

const forecast = queueAfterGreen(junctions[0]);
console.log(`junction 1: ${forecast} vehicles expected to remain after green`);
console.log("junction 1 queue now:", junctions[0].queue.tolist());

for (let tick = 0; tick < 3; tick++) {
  const arriving = advanceRoad(roads[0]);
  junctions[0].queue.set(1, junctions[0].queue.get(1) + arriving);
  dischargeInto(junctions[0], [4, 6, 3]);
  dischargeInto(junctions[1], [2, 2, 2]);
  advanceRoad(roads[1]);
}

const corridor = new Route().add(roads[0]).add(roads[1]).add(roads[2]);
console.log("vehicles on the corridor:", corridor.vehicles().toFixed(2));
for (const road of roads) {
  const upstream = road.start ? `J${road.start.id}` : "-";
  const downstream = road.end ? `J${road.end.id}` : "-";
  console.log(`${road.name} [${upstream} -> ${downstream}]:`, road.occupancy.tolist());
}
console.log("junction queues:", junctions.map((j) => j.queue.tolist()));
