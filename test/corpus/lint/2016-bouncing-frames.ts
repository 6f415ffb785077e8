// Records a bouncing-ball trajectory through a generator of position frames, converts the frames to centimetres and averages them.
import { array, zeros, NDArray } from "ndalias";

const RESTITUTION = 0.8;

interface LaunchSpec {
  pos: NDArray;
  vel: NDArray;
}

function* simulate(spec: LaunchSpec, steps: number, dt: number): Generator<NDArray> {
  const pos = spec.pos.copy();
  const vel = spec.vel.copy();
  for (let i = 0; i < steps; i++) {
    vel.slice(":", 1).isub(9.81 * dt);
    pos.iadd(vel.mul(dt));
    for (let p = 0; p < pos.shape[0]; p++) {
      if (pos.get(p, 1) < 0) {
        pos.set([p, 1], -pos.get(p, 1));
        vel.set([p, 1], -RESTITUTION * vel.get(p, 1));
      }
    }
    yield pos.copy();
  }
}

function* pairs<T>(items: T[]): Generator<[T, T]> {
  for (let i = 0; i + 1 < items.length; i++) {
    yield [items[i], items[i + 1]];
  }
}

function meanFrame(frames: NDArray[]): NDArray {
  using acc = zeros(frames[0].shape);
  for (const f of frames) {
    acc.iadd(f);
  }
  return acc.div(frames.length);
}

function pathLength(frames: NDArray[]): number {
  let total = 0;
  for (const [a, b] of pairs(frames)) {
    const d = b.sub(a);
    total += Math.sqrt(d.mul(d).sum());
  }
  return total;
}

function highestFrame(frames: NDArray[]): number {
  let best = 0;
  let bestHeight = -Infinity;
  frames.forEach((frame, i) => {
    const h = frame.slice(":", 1).max();
    if (h > bestHeight) {
      bestHeight = h;
      best = i;
    }
  });
  return best;
}

const launch: LaunchSpec = {
  pos: array([
    [0, 1],
    [0.5, 2],
  ]),
  vel: array([
    [1.5, 0],
    [-0.5, 3],
  ]),
};

const frames: NDArray[] = [];
for (const frame of simulate(launch, 12, 0.1)) {
  frame.imul(100);
  frames.push(frame);
}

const bounced: NDArray[] = [];
for (const frame of simulate(launch, 12, 0.1)) {
  const lifted = frame.add(0);
  lifted.slice(":", 1).iadd(0.05);
  bounced.push(lifted);
}

{
  using avg = meanFrame(frames);
  console.log("average frame (cm):", avg.tolist());
}

console.log("path length (cm):", pathLength(frames));
console.log("highest frame:", highestFrame(frames), "of", frames.length);
console.log("first lifted frame:", bounced[0].tolist(), "launch:", launch.pos.tolist());
