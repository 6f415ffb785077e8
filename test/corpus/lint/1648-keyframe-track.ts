// Builds an animation track of keyframes holding pose vectors, resamples it at a fixed rate and prints the sampled poses.
import { array, zeros, NDArray } from "ndalias";

class Keyframe {
  time: number;
  pose: NDArray;
  next: Keyframe | null = null;
  prev: Keyframe | null = null;
  constructor(time: number, pose: NDArray) {
    this.time = time;
    this.pose = pose;
  }
}

class Sample {
  constructor(
    readonly time: number,
    readonly pose: NDArray,
    public following: Sample | null = null,
  ) {}
}

function buildTrack(times: number[], poses: NDArray): Keyframe | null {
  let head: Keyframe | null = null;
  let tail: Keyframe | null = null;
  let dropped = 0;
  for (let i = 0; i < times.length; i++) {
    const pose = poses.slice(i).copy();
    if (pose.max() > 10 || pose.min() < -10) {
      dropped++;
      continue;
    }
    const kf = new Keyframe(times[i], pose);
    if (tail === null) {
      head = kf;
      tail = kf;
      continue;
    }
    if (kf.time <= tail.time) {
      dropped++;
      continue;
    }
    tail.next = kf;
    kf.prev = tail; // expect: no-reference-cycle
    tail = kf;
  }
  if (dropped > 0) {
    console.log("dropped keyframes:", dropped);
  }
  return head;
}

function resample(head: Keyframe, rate: number, end: number): Sample | null {
  const dims = head.pose.size;
  let first: Sample | null = null;
  let last: Sample | null = null;
  let seg: Keyframe = head;
  for (let t = head.time; t <= end; t += 1 / rate) {
    while (seg.next !== null && seg.next.time < t) {
      seg = seg.next;
    }
    let pose: NDArray;
    if (seg.next === null) {
      pose = seg.pose.copy();
    } else {
      const span = seg.next.time - seg.time;
      const u = span > 0 ? (t - seg.time) / span : 0;
      pose = seg.pose.mul(1 - u).add(seg.next.pose.mul(u));
    }
    if (pose.size !== dims) {
      continue;
    }
    const sample = new Sample(t, pose);
    if (last === null) {
      first = sample;
    } else {
      last.following = sample;
    }
    last = sample;
  }
  return first;
}

function toMatrix(first: Sample | null): NDArray {
  let count = 0;
  for (let s = first; s !== null; s = s.following) count++;
  if (first === null || count === 0) return zeros([0, 0]);
  const out = zeros([count, first.pose.size]);
  let row = 0;
  for (let s: Sample | null = first; s !== null; s = s.following) {
    out.slice(row).assign(":", s.pose);
    row++;
  }
  return out;
}

const poses = array([
  [0, 0, 0],
  [1, 0.5, 0],
  [2, 1, 0.5],
  [40, 0, 0],
  [3, 1, 1],
]);
const track = buildTrack([0, 0.5, 1, 1.25, 1.5], poses);
if (track !== null) {
  const sampled = toMatrix(resample(track, 4, 1.5));
  console.log("sampled poses:", sampled.tolist());
  let node: Keyframe | null = track;
  let travel = 0;
  while (node !== null && node.next !== null) {
    const delta = node.next.pose.sub(node.pose);
    travel += Math.sqrt(delta.mul(delta).sum());
    node = node.next;
  }
  sampled.imul(0.5);
  console.log("half-scale samples:", sampled.slice(":3").tolist(), "travel:", travel.toFixed(3), "source:", poses.sum());
}
