// Dead-reckoning odometry: integrates wheel-encoder ticks into a pose history and reports the drift from the start pose.
// runnable
import { array, zeros, NDArray } from "ndalias";

const WHEEL_BASE = 0.42;
const TICKS_PER_METRE = 2048;

interface EncoderSample {
  left: number;
  right: number;
  stamp: number;
}

function wrapAngle(theta: number): number {
  let t = theta;
  while (t > Math.PI) t -= 2 * Math.PI;
  while (t < -Math.PI) t += 2 * Math.PI;
  return t;
}

function encoderToDelta(sample: EncoderSample, heading: number): NDArray {
  const dl = sample.left / TICKS_PER_METRE;
  const dr = sample.right / TICKS_PER_METRE;
  const ds = (dl + dr) / 2;
  const dtheta = (dr - dl) / WHEEL_BASE;
  const mid = heading + dtheta / 2;
  return array([ds * Math.cos(mid), ds * Math.sin(mid), dtheta]);
}

class PoseHistory {
  #rows: NDArray;
  #stamps: number[] = [];

  constructor(capacity: number) {
    this.#rows = zeros([capacity, 3]);
  }

  get length(): number {
    return this.#stamps.length;
  }

  record(pose: NDArray, stamp: number): void {
    const n = this.#stamps.length;
    if (n >= this.#rows.shape[0]) return;
    this.#rows.slice(n).assign(":", pose);
    this.#stamps.push(stamp);
  }

  snapshot(): NDArray {
    return this.#rows.slice(`0:${this.#stamps.length}`).copy();
  }

  pathLength(): number {
    let total = 0;
    for (let i = 1; i < this.#stamps.length; i++) {
      const dx = this.#rows.get(i, 0) - this.#rows.get(i - 1, 0);
      const dy = this.#rows.get(i, 1) - this.#rows.get(i - 1, 1);
      total += Math.hypot(dx, dy);
    }
    return total;
  }

  averageSpeed(): number {
    const n = this.#stamps.length;
    if (n < 2) return 0;
    return this.pathLength() / (this.#stamps[n - 1] - this.#stamps[0]);
  }
}

const samples: EncoderSample[] = [
  { left: 410, right: 430, stamp: 0.1 },
  { left: 415, right: 428, stamp: 0.2 },
  { left: 402, right: 455, stamp: 0.3 },
  { left: 398, right: 470, stamp: 0.4 },
  { left: 420, right: 421, stamp: 0.5 },
  { left: 433, right: 418, stamp: 0.6 },
  { left: 441, right: 405, stamp: 0.7 },
];

const startPose = array([1.5, -0.5, 0.1]);
const history = new PoseHistory(32);
history.record(startPose, 0);

// The live estimate starts at the docking pose and is integrated in place.
const pose = startPose;
for (const s of samples) {
  const delta = encoderToDelta(s, pose.get(2));
  pose.iadd(delta); // expect: no-alias-mutation
  history.record(pose, s.stamp);
}

const drift = pose.sub(startPose);
const driftDistance = Math.hypot(drift.get(0), drift.get(1));
const headingError = wrapAngle(drift.get(2));
console.log("final pose:", pose.tolist());
console.log("drift from dock:", driftDistance.toFixed(4), "m, heading change:", headingError.toFixed(4), "rad");

// A goal a metre ahead of the dock, built from its own copy.
const goal = startPose.copy();
goal.iadd(array([Math.cos(goal.get(2)), Math.sin(goal.get(2)), 0]));
console.log("goal:", goal.tolist());

// Export the history with headings in degrees for the dashboard.
const exported = history.snapshot();
exported.slice(":", 2).imul(180 / Math.PI);
console.log("history rows:", history.length, "path length:", history.pathLength().toFixed(3));
console.log("average speed:", history.averageSpeed().toFixed(3), "m/s");
console.log("exported:", exported.tolist());
