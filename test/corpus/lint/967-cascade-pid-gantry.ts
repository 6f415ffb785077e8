// Cascaded position/velocity PID for a two-axis gantry with in-place clamping helpers and per-axis integrator resets.
import { array, zeros, NDArray } from "ndalias";

class AxisPid {
  readonly integral: NDArray;
  readonly lastError: NDArray;
  output: NDArray;

  constructor(
    readonly kp: number,
    readonly ki: number,
    readonly kd: number,
    axes: number,
  ) {
    this.integral = zeros(axes);
    this.lastError = zeros(axes);
    this.output = zeros(axes);
  }

  step(error: NDArray, dt: number): NDArray {
    this.integral.iadd(error.mul(dt));
    const derivative = error.sub(this.lastError).div(dt);
    this.lastError.assign(":", error);
    const u = error.mul(this.kp);
    u.iadd(this.integral.mul(this.ki));
    u.iadd(derivative.mul(this.kd));
    this.output = u;
    return u;
  }

  reset(): void {
    this.integral.fill(0);
    this.lastError.fill(0);
  }
}

/** Clamps every entry of `v` into [lo, hi], modifying it in place. */
function clampInPlace(v: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < v.size; i++) {
    v.set(i, Math.min(hi, Math.max(lo, v.get(i))));
  }
}

function rateLimit(previous: NDArray, requested: NDArray, maxDelta: number): NDArray {
  const limited = requested.copy();
  for (let i = 0; i < limited.size; i++) {
    const delta = requested.get(i) - previous.get(i);
    limited.set(i, previous.get(i) + Math.max(-maxDelta, Math.min(maxDelta, delta)));
  }
  return limited;
}

const outer = new AxisPid(2.0, 0.1, 0.0, 2);
const inner = new AxisPid(6.0, 1.5, 0.05, 2);
const controllers = [outer, inner];

const target = array([0.30, 0.12]);
let position = array([0.0, 0.0]);
let velocity = array([0.0, 0.0]);
let lastCurrent = zeros(2);
const dt = 0.01;
const maxVelocity = 0.5;
const maxCurrent = 3.0;

for (let k = 0; k < 40; k++) {
  const velocityCmd = outer.step(target.sub(position), dt);
  clampInPlace(velocityCmd, -maxVelocity, maxVelocity);

  const requested = inner.step(velocityCmd.sub(velocity), dt);
  const current = rateLimit(lastCurrent, requested, 0.4);
  clampInPlace(current, -maxCurrent, maxCurrent);
  lastCurrent = current;

  const accel = current.mul(0.8).sub(velocity.mul(0.5));
  velocity = velocity.add(accel.mul(dt));
  position = position.add(velocity.mul(dt));

  if (k % 10 === 9) {
    console.log(`t=${((k + 1) * dt).toFixed(2)} pos=${JSON.stringify(position.tolist())} cmd=${JSON.stringify(velocityCmd.tolist())}`);
  }
}

const settledOutput = inner.output.copy();
console.log("inner integrator before reset:", inner.integral.tolist());
controllers.forEach((c) => c.reset());
console.log("integrators after reset:", outer.integral.tolist(), inner.integral.tolist());
console.log("last current command:", settledOutput.tolist(), "final position:", position.tolist());

const errorNow = target.sub(position);
const errorPct = errorNow.div(target);
errorPct.imul(100);
console.log("remaining error (%):", errorPct.tolist());
