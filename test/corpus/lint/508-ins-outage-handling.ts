// Inertial navigation filter: handles a GPS outage by resetting velocity blocks, re-seeding gyro bias and logging state history.
import { array, eye, zeros, NDArray } from "ndalias";

const STATE_DIM = 9; // position(3), velocity(3), gyro bias(3)
const HISTORY = zeros([5, STATE_DIM]);
let historyLen = 0;

function logState(x: NDArray): void {
  if (historyLen === HISTORY.shape[0]) {
    HISTORY.assign(":-1", HISTORY.slice("1:").copy());
    historyLen -= 1;
  }
  HISTORY.slice(historyLen).assign(":", x);
  historyLen += 1;
}

class InsFilter {
  x = zeros(STATE_DIM);
  P = eye(STATE_DIM).mul(0.1);

  propagate(accel: NDArray, dt: number): void {
    const vel = this.x.slice("3:6").copy();
    this.x.slice("0:3").iadd(vel.mul(dt));
    this.x.slice("3:6").iadd(accel.mul(dt));
    this.P.iadd(eye(STATE_DIM).mul(0.01 * dt));
  }

  speed(): number {
    return Math.hypot(this.x.get(3), this.x.get(4), this.x.get(5));
  }

  onGpsOutage(biasSeed: NDArray): void {
    this.x.slice("3:6").fill(0);
    this.x.slice("6:9").assign(":", biasSeed);
    this.P.slice("3:6", "3:6").imul(10);
    this.P.slice("0:3", "3:6").fill(0);
    this.P.slice("3:6", "0:3").fill(0);
  }

  positionSigma(): NDArray {
    const block = this.P.slice("0:3", "0:3").diagonal().copy();
    for (let i = 0; i < block.size; i++) block.set(i, Math.sqrt(block.get(i)));
    return block;
  }
}

const ins = new InsFilter();
const accelSamples = [array([0.2, 0.0, -0.1]), array([0.3, 0.1, 0.0]), array([0.1, 0.1, 0.0])];
for (const a of accelSamples) {
  ins.propagate(a, 0.5);
  logState(ins.x);
}

const lostSpeed = ins.speed();
ins.onGpsOutage(array([0.001, -0.002, 0.0005]));
logState(ins.x);
console.log("speed discarded at outage:", lostSpeed.toFixed(3));
console.log("position sigma:", ins.positionSigma().tolist());
console.log("history rows:", historyLen, HISTORY.slice(`:${historyLen}`).tolist());
