// Models a three-arm roundabout as a ring of circulating segments and keeps the district's loop-detector tables in an object-dtype hierarchy.
import { array, empty, zeros, NDArray } from "ndalias";

const RING_CELLS = 4;

class RingSegment {
  occupancy: NDArray; // vehicles per circulating cell
  next: RingSegment | null = null;
  exited = 0;
  constructor(
    readonly arm: string,
    cells: number,
    readonly exitShare: number,
  ) {
    this.occupancy = zeros(cells);
  }

  // shifts the segment one cell forward, returns the vehicles handed to the next segment
  shift(entering: number): number {
    const last = this.occupancy.get(this.occupancy.size - 1);
    const leaving = Math.round(last * this.exitShare);
    this.exited += leaving;
    this.occupancy.slice("1:").assign(":", this.occupancy.slice(":-1").copy());
    this.occupancy.set(0, entering);
    return last - leaving;
  }
}

function buildRoundabout(cells: number): RingSegment[] {
  const north = new RingSegment("north", cells, 0.3);
  const east = new RingSegment("east", cells, 0.5);
  const south = new RingSegment("south", cells, 0.4);
  north.next = east;
  east.next = south;
  south.next = north; // expect: no-reference-cycle
  return [north, east, south];
}

function circulate(ring: RingSegment[], entries: number[]): void {
  const handover = ring.map((segment, i) => segment.shift(entries[i]));
  for (let i = 0; i < ring.length; i++) {
    const downstream = ring[i].next;
    if (downstream) {
      downstream.occupancy.set(0, downstream.occupancy.get(0) + handover[i]);
    }
  }
}

function buildDetectorTree(): NDArray {
  const district = empty(3, "object");
  const corridor = empty(3, "object");
  corridor.set(0, array([12, 15, 9])); // loop detector counts, inbound
  corridor.set(1, array([4, 6, 5])); // loop detector counts, outbound
  district.set(0, corridor);
  district.set(1, zeros(3));
  district.set(2, array([0, 0, 0]));
  corridor.set(2, district); // expect: no-reference-cycle
  return district;
}

function buildArmTable(ring: RingSegment[]): NDArray {
  const table = empty(ring.length, "object");
  for (let i = 0; i < ring.length; i++) {
    table.set(i, ring[i].occupancy);
  }
  return table;
}

function detectorTotal(tree: NDArray): number {
  const corridor = tree.get(0) as NDArray;
  const inbound = corridor.get(0) as NDArray;
  const outbound = corridor.get(1) as NDArray;
  return inbound.sum() + outbound.sum();
}

const ring = buildRoundabout(RING_CELLS);
const demand = [
  [3, 1, 2],
  [2, 2, 1],
  [4, 0, 3],
  [1, 3, 2],
  [0, 2, 2],
];
for (const entries of demand) {
  circulate(ring, entries);
}

for (const segment of ring) {
  const next = segment.next ? segment.next.arm : "-";
  console.log(`${segment.arm} -> ${next}:`, segment.occupancy.tolist(), `exited ${segment.exited}`);
}

const armTable = buildArmTable(ring);
const circulating = ring.reduce((sum, segment) => sum + segment.occupancy.sum(), 0);
console.log("arms registered:", armTable.size, "vehicles circulating:", circulating);

const tree = buildDetectorTree();
console.log("detector counts in the district:", detectorTotal(tree));
