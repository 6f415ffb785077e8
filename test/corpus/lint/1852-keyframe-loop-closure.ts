// Pose-graph front end: keyframes with poses and scan descriptors, a doubly linked timeline, and loop closures between revisited places.
import { array, zeros, NDArray } from "ndalias";

const DESCRIPTOR_SIZE = 8;

class Keyframe {
  readonly id: number;
  pose: NDArray;
  descriptor: NDArray;
  prev: Keyframe | null = null;
  next: Keyframe | null = null;
  loopPartner: Keyframe | null = null;

  constructor(id: number, pose: NDArray, descriptor: NDArray) {
    this.id = id;
    this.pose = pose.copy();
    this.descriptor = descriptor.copy();
  }

  distanceTo(other: Keyframe): number {
    const d = this.pose.slice(":2").sub(other.pose.slice(":2"));
    return Math.sqrt(d.mul(d).sum());
  }
}

interface OdometryEdge {
  from: number;
  to: number;
  delta: number[];
}

function descriptorDistance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum()) / a.size;
}

class PoseGraph {
  #keyframes: Keyframe[] = [];
  #edges: OdometryEdge[] = [];
  #loops: Array<[number, number]> = [];

  get size(): number {
    return this.#keyframes.length;
  }

  get loopCount(): number {
    return this.#loops.length;
  }

  append(pose: NDArray, descriptor: NDArray): Keyframe {
    const kf = new Keyframe(this.#keyframes.length, pose, descriptor);
    const last = this.#keyframes[this.#keyframes.length - 1];
    if (last) {
      kf.prev = last;
      last.next = kf; // expect: no-reference-cycle
      this.#edges.push({ from: last.id, to: kf.id, delta: pose.sub(last.pose).tolist() as number[] });
    }
    this.#keyframes.push(kf);
    return kf;
  }

  findLoopCandidate(kf: Keyframe, maxDescriptorDistance: number): Keyframe | null {
    let best: Keyframe | null = null;
    let bestScore = maxDescriptorDistance;
    for (const other of this.#keyframes) {
      if (Math.abs(other.id - kf.id) < 3) continue;
      const score = descriptorDistance(kf.descriptor, other.descriptor);
      if (score < bestScore) {
        bestScore = score;
        best = other;
      }
    }
    return best;
  }

  closeLoop(a: Keyframe, b: Keyframe): number {
    a.loopPartner = b;
    b.loopPartner = a; // expect: no-reference-cycle
    this.#loops.push([a.id, b.id]);
    return a.distanceTo(b);
  }

  totalOdometry(): number {
    let sum = 0;
    for (const e of this.#edges) sum += Math.hypot(e.delta[0], e.delta[1]);
    return sum;
  }
}

function placeDescriptor(x: number, y: number): NDArray {
  const d = zeros(DESCRIPTOR_SIZE);
  for (let i = 0; i < DESCRIPTOR_SIZE; i++) {
    d.set(i, Math.sin(x * (i + 1) * 0.7) + Math.cos(y * (i + 1) * 0.3));
  }
  return d;
}

export function buildSquareLoop(): PoseGraph {
  const graph = new PoseGraph();
  const corners = [[0, 0], [4, 0], [4, 4], [0, 4], [0.1, 0.05]];
  for (const [x, y] of corners) {
    const kf = graph.append(array([x, y, 0]), placeDescriptor(Math.round(x), Math.round(y)));
    const match = graph.findLoopCandidate(kf, 0.05);
    if (match) {
      const gap = graph.closeLoop(kf, match);
      console.log(`loop ${kf.id} -> ${match.id}, residual ${gap.toFixed(3)} m`);
    }
  }
  return graph;
}

const graph = buildSquareLoop();
console.log("keyframes:", graph.size, "loops:", graph.loopCount, "odometry:", graph.totalOdometry().toFixed(2));
