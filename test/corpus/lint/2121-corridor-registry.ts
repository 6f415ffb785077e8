// Builds a corridor network registry: segments point to their downstream neighbour, junctions refer back by id, and signal stages cycle in a ring.
import { array, empty, zeros, NDArray } from "ndalias";

class Segment {
  flow: NDArray; // vehicles per cell
  downstream: Segment | null = null;
  upstreamJunctionId = -1;
  constructor(
    readonly id: number,
    cells: number,
  ) {
    this.flow = zeros(cells);
  }
}

class JunctionNode {
  readonly incomingIds: number[] = [];
  readonly outgoingIds: number[] = [];
  turnRatios: NDArray; // left, through, right
  constructor(readonly id: number) {
    this.turnRatios = array([0.2, 0.6, 0.2]);
  }
}

// signal stages only carry timing, no arrays
class SignalStage {
  next: SignalStage = this;
  constructor(
    readonly label: string,
    readonly seconds: number,
  ) {}
}

function buildStageRing(specs: [string, number][]): SignalStage {
  const first = new SignalStage(specs[0][0], specs[0][1]);
  let last = first;
  for (let i = 1; i < specs.length; i++) {
    const stage = new SignalStage(specs[i][0], specs[i][1]);
    last.next = stage;
    last = stage;
  }
  last.next = first;
  return first;
}

function linkCorridor(count: number, cells: number): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i < count; i++) {
    segments.push(new Segment(i, cells));
  }
  for (let i = 0; i + 1 < count; i++) {
    segments[i].downstream = segments[i + 1];
  }
  return segments;
}

function connect(junction: JunctionNode, from: Segment, to: Segment): void {
  junction.incomingIds.push(from.id);
  junction.outgoingIds.push(to.id);
  to.upstreamJunctionId = junction.id;
}

function buildRegistry(segments: Segment[]): NDArray {
  const registry = empty(segments.length, "object");
  for (let i = 0; i < segments.length; i++) {
    registry.set(i, segments[i].flow);
  }
  return registry;
}

function propagate(head: Segment, inflow: number): void {
  let segment: Segment | null = head;
  let carry = inflow;
  while (segment) {
    const leaving = segment.flow.get(segment.flow.size - 1);
    segment.flow.slice("1:").assign(":", segment.flow.slice(":-1").copy());
    segment.flow.set(0, carry);
    carry = leaving;
    segment = segment.downstream;
  }
}

const segments = linkCorridor(3, 4);
const junctions = [new JunctionNode(10), new JunctionNode(11)];
connect(junctions[0], segments[0], segments[1]);
connect(junctions[1], segments[1], segments[2]);
const registry = buildRegistry(segments);

const arrivals = [3, 5, 2, 6, 4, 1, 0, 2];
for (const vehicles of arrivals) {
  propagate(segments[0], vehicles);
}

// the detector on the first segment is recalibrated; the registry entry reads the live buffer
segments[0].flow.imul(1.1);
const firstEntry = registry.get(0) as NDArray;
console.log("registered segments:", registry.size, "first segment via registry:", firstEntry.tolist());

for (const segment of segments) {
  const next = segment.downstream ? `S${segment.downstream.id}` : "end";
  console.log(`S${segment.id} (from J${segment.upstreamJunctionId}) -> ${next}:`, segment.flow.tolist());
}
for (const junction of junctions) {
  const turning = junction.turnRatios.mul(junction.incomingIds.length);
  console.log(`J${junction.id}: in ${junction.incomingIds} out ${junction.outgoingIds}`, turning.tolist());
}

const ring = buildStageRing([
  ["N-S through", 32],
  ["N-S left", 12],
  ["E-W through", 28],
  ["E-W left", 10],
]);
let stage = ring;
let cycle = 0;
do {
  cycle += stage.seconds;
  stage = stage.next;
} while (stage !== ring);
console.log("signal cycle length:", cycle, "s");
