// Three-axis PID attitude controller with integrator anti-windup, derivative on error and a reset between flight phases.
import { array, zeros, NDArray } from "ndalias";

class AxisPid {
  private integral: NDArray;
  private prevError: NDArray;
  private readonly limit: number;

  constructor(
    private readonly kp: NDArray,
    private readonly ki: NDArray,
    private readonly kd: NDArray,
    limit: number,
  ) {
    this.integral = zeros(kp.size);
    this.prevError = zeros(kp.size);
    this.limit = limit;
  }

  step(setpoint: NDArray, measured: NDArray, dt: number): NDArray {
    const err = setpoint.sub(measured);

    this.integral.iadd(err.mul(dt));
    for (let i = 0; i < this.integral.size; i++) {
      const v = this.integral.get(i);
      if (v > this.limit) this.integral.set(i, this.limit);
      if (v < -this.limit) this.integral.set(i, -this.limit);
    }

    const derivative = err.sub(this.prevError);
    derivative.idiv(dt);
    this.prevError = err;

    const command = err.mul(this.kp);
    command.iadd(this.integral.mul(this.ki));
    command.iadd(derivative.mul(this.kd));
    return command;
  }

  reset(): void {
    this.integral.fill(0);
    this.prevError = zeros(this.prevError.size);
  }

  integratorLoad(): number {
    const load = this.integral.mul(this.integral);
    return Math.sqrt(load.sum()) / this.limit;
  }
}

const kp = array([4.0, 4.0, 2.5]);
const ki = array([0.8, 0.8, 0.3]);
const kd = array([0.15, 0.15, 0.05]);
const pid = new AxisPid(kp, ki, kd, 0.5);

const target = array([0.0, 0.0, 1.57]);
const attitudes = [
  array([0.10, -0.05, 1.20]),
  array([0.06, -0.02, 1.35]),
  array([0.02, 0.01, 1.48]),
];

for (const attitude of attitudes) {
  const torque = pid.step(target, attitude, 0.01);
  console.log("torque:", torque.tolist(), "integrator load:", pid.integratorLoad().toFixed(3));
}

pid.reset();
const hover = array([0.0, 0.0, 0.0]);
const first = pid.step(hover, array([0.01, 0.0, 0.02]), 0.01);
console.log("after reset:", first.tolist(), "gains:", kp.tolist(), ki.tolist(), kd.tolist());
