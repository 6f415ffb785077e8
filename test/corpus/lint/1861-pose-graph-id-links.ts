// Pose-graph bookkeeping: keyframes linked both ways by id, constraint edges paired with their reverse, and an append-only keyframe chain.
import { array, empty, NDArray } from "ndalias";

class Keyframe {
  readonly id: number;
  readonly pose: NDArray;
  neighbourIds: number[] = [];
  loopIds: number[] = [];
  successor: Keyframe | null = null;

  constructor(id: number, pose: NDArray) {
    this.id = id;
    this.pose = pose.copy();
  }
}

/** A constraint between two keyframes; holds only ids and scalars. */
class Constraint {
  from: number;
  to: number;
  dx: number;
  dy: number;
  dtheta: number;
  weight: number;
  reverse: Constraint | null = null;

  constructor(from: number, to: number, dx: number, dy: number, dtheta: number, weight: number) {
    this.from = from;
    this.to = to;
    this.dx = dx;
    this.dy = dy;
    this.dtheta = dtheta;
    this.weight = weight;
  }
}

function relativePose(a: Keyframe, b: Keyframe): [number, number, number] {
  const d = b.pose.sub(a.pose);
  return [d.get(0), d.get(1), d.get(2)];
}

export function linkBothWays(a: Keyframe, b: Keyframe, weight: number): Constraint {
  a.neighbourIds.push(b.id);
  b.neighbourIds.push(a.id);
  const [dx, dy, dtheta] = relativePose(a, b);
  const forward = new Constraint(a.id, b.id, dx, dy, dtheta, weight);
  const backward = new Constraint(b.id, a.id, -dx, -dy, -dtheta, weight);
  forward.reverse = backward;
  backward.reverse = forward;
  return forward;
}

export function recordLoop(a: Keyframe, b: Keyframe): number {
  a.loopIds.push(b.id);
  b.loopIds.push(a.id);
  const [dx, dy] = relativePose(a, b);
  return Math.hypot(dx, dy);
}

export function buildChain(poses: number[][]): Keyframe[] {
  const frames: Keyframe[] = [];
  let tail: Keyframe | null = null;
  for (const p of poses) {
    const kf = new Keyframe(frames.length, array(p));
    if (tail) tail.successor = kf;
    tail = kf;
    frames.push(kf);
  }
  return frames;
}

/** Packs keyframe poses into an object-dtype table for serialisation. */
export function packPoses(frames: Keyframe[]): NDArray {
  const table = empty(frames.length, "object");
  frames.forEach((kf, i) => table.set(i, kf.pose));
  return table;
}

const frames = buildChain([
  [0, 0, 0],
  [1, 0, 0.05],
  [2, 0.1, 0.1],
  [2.1, 1.1, 1.5],
  [1.1, 1.2, 3.0],
  [0.05, 0.1, 4.6],
]);

const constraints: Constraint[] = [];
for (let i = 1; i < frames.length; i++) {
  constraints.push(linkBothWays(frames[i - 1], frames[i], 1.0));
}
const gap = recordLoop(frames[frames.length - 1], frames[0]);
constraints.push(linkBothWays(frames[frames.length - 1], frames[0], 0.5));

let totalWeight = 0;
for (const c of constraints) totalWeight += c.weight + (c.reverse ? c.reverse.weight : 0);
console.log("constraints:", constraints.length, "total weight:", totalWeight, "loop gap:", gap.toFixed(3));

let walked = 0;
for (let kf: Keyframe | null = frames[0]; kf; kf = kf.successor) walked += 1;
console.log("chain length:", walked, "neighbours of 0:", frames[0].neighbourIds, "loops of 0:", frames[0].loopIds);

const table = packPoses(frames);
console.log("packed poses:", table.size, "first:", (table.get(0) as NDArray).tolist());
