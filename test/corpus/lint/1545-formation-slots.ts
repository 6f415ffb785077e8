// Squad formation planner: lays out wedge slots, tightens them for a corridor, sends a quantised packet and assigns soldiers.
import { array, zeros, NDArray } from "ndalias";

function wedgeOffsets(n: number, spacing: number): NDArray {
  const offsets = zeros([n, 2]);
  for (let i = 1; i < n; i++) {
    const rank = Math.ceil(i / 2);
    const side = i % 2 === 1 ? -1 : 1;
    offsets.set([i, 0], side * rank * spacing);
    offsets.set([i, 1], -rank * spacing);
  }
  return offsets;
}

function worldSlots(offsets: NDArray, leader: NDArray): NDArray {
  return offsets.add(leader);
}

function distance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

function greedyAssign(soldiers: NDArray, slots: NDArray): number[] {
  const taken = new Set<number>();
  const result: number[] = [];
  for (let s = 0; s < soldiers.shape[0]; s++) {
    let best = -1;
    let bestDist = Infinity;
    for (let k = 0; k < slots.shape[0]; k++) {
      if (taken.has(k)) continue;
      const d = distance(soldiers.slice(s), slots.slice(k));
      if (d < bestDist) {
        bestDist = d;
        best = k;
      }
    }
    taken.add(best);
    result.push(best);
  }
  return result;
}

function sendPacket(channel: string[], packet: NDArray): void {
  const ints: number[] = [];
  for (let i = 0; i < packet.size; i++) ints.push(Math.round(packet.get(i)));
  channel.push(ints.join(","));
}

const leaderPos = array([12, 20]);
const slots = wedgeOffsets(5, 2);

// Each flanker remembers its home slot so it can fall back after the corridor.
const homeSlots = slots.slice("1:");
console.log("home slots:", homeSlots.tolist());

// Corridor ahead: pull every slot toward the centre line.
const corridorWidth = 3;
if (corridorWidth < 4) {
  slots.slice(":", 0).imul(0.5); // expect: no-view-mutation
}

const network: string[] = [];
const packet = slots.reshape(slots.size);
packet.imul(100); // expect: no-view-mutation
sendPacket(network, packet);
console.log("sent:", network[0]);

const soldiers = array([
  [11, 21],
  [9, 17],
  [15, 18],
  [8, 15],
  [16, 16],
]);
const targets = worldSlots(slots, leaderPos);
const assignment = greedyAssign(soldiers, targets);
console.log("assignment:", assignment);

let drift = 0;
for (let s = 0; s < assignment.length; s++) {
  drift += distance(soldiers.slice(s), targets.slice(assignment[s]));
}
console.log("total travel to slots:", drift.toFixed(2));

// After the corridor, flankers measure how far they must spread back out.
const spread = homeSlots.sub(slots.slice("1:"));
console.log("fall-back offsets:", spread.tolist());
console.log("fall-back distance:", Math.sqrt(spread.mul(spread).sum()).toFixed(2));

const debugTable = zeros([slots.shape[0], 3]);
for (let k = 0; k < slots.shape[0]; k++) {
  debugTable.set([k, 0], k);
  debugTable.set([k, 1], targets.get(k, 0));
  debugTable.set([k, 2], targets.get(k, 1));
}
console.log("slot table:", debugTable.tolist());
