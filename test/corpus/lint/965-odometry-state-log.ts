// Integrates a unicycle robot's pose with double-buffered state, records every step in a history log and exports it.
import { array, zeros, NDArray } from "ndalias";

class StateLog {
  private buf: NDArray;
  private n = 0;
  private capacity: number;

  constructor(
    initialCapacity: number,
    readonly width: number,
  ) {
    this.capacity = initialCapacity;
    this.buf = zeros([initialCapacity, width]);
  }

  record(state: NDArray): void {
    if (this.n === this.capacity) {
      const grown = zeros([this.capacity * 2, this.width]);
      grown.assign(`:${this.n}`, this.buf);
      this.buf = grown;
      this.capacity *= 2;
    }
    this.buf.assign(this.n, state);
    this.n++;
  }

  export(): NDArray {
    return this.buf.slice(`:${this.n}`).copy();
  }

  clear(): void {
    this.buf.fill(0);
    this.n = 0;
  }

  get length(): number {
    return this.n;
  }
}

// Writes the next pose into `out` from the current pose and the command (v, omega).
function integrateInto(out: NDArray, pose: NDArray, cmd: NDArray, dt: number): void {
  const theta = pose.get(2);
  out.set(0, pose.get(0) + cmd.get(0) * Math.cos(theta) * dt);
  out.set(1, pose.get(1) + cmd.get(0) * Math.sin(theta) * dt);
  out.set(2, theta + cmd.get(1) * dt);
}

function wrapHeading(pose: NDArray): void {
  const t = pose.get(2);
  pose.set(2, Math.atan2(Math.sin(t), Math.cos(t)));
}

const commands = [
  [0.5, 0.0],
  [0.5, 0.3],
  [0.4, 0.6],
  [0.4, 0.6],
  [0.3, -0.2],
  [0.5, 0.0],
];
const dt = 0.5;
const log = new StateLog(4, 3);

let current = array([0, 0, 0]);
let next = zeros(3);
log.record(current);

for (const c of commands) {
  integrateInto(next, current, array(c), dt);
  wrapHeading(next);
  [current, next] = [next, current];
  log.record(current);
}

// Keep the final pose before zeroing both buffers for the next run.
const finalPose = current.copy();
current.fill(0);
next.fill(0);

// Work on a rebound copy of the trajectory in centimetres.
const history = log.export();
let positions: NDArray = history;
positions = positions.slice(":", ":2").mul(100);
const start = positions.slice(0).copy();
positions.isub(start);
const headings = history.slice(":", 2);
console.log("samples:", log.length, "final pose:", finalPose.tolist(), "buffers:", current.tolist(), next.tolist());
console.log("positions (cm):", positions.tolist());
console.log("headings (rad):", headings.tolist());

const distance = (() => {
  let d = 0;
  for (let i = 1; i < history.shape[0]; i++) {
    d += Math.hypot(history.get(i, 0) - history.get(i - 1, 0), history.get(i, 1) - history.get(i - 1, 1));
  }
  return d;
})();
console.log("distance travelled (m):", distance.toFixed(3));
log.clear();
