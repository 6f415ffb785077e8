// Three-axis PID attitude controller with anti-windup and gain scheduling that snapshots its state and restores it after a failed manoeuvre.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface PidSnapshot {
  integral: NDArray;
  prevError: NDArray;
  lastCommand: NDArray;
}

class AttitudePid {
  kp: NDArray;
  readonly ki: NDArray;
  readonly kd: NDArray;
  private readonly baseKp: NDArray;
  integral: NDArray = zeros(3);
  prevError: NDArray = zeros(3);
  lastCommand: NDArray = zeros(3);

  constructor(kp: number[], ki: number[], kd: number[], readonly integralLimit: number) {
    this.baseKp = array(kp);
    this.kp = this.baseKp.copy();
    this.ki = array(ki);
    this.kd = array(kd);
  }

  scheduleGains(airspeed: number): void {
    const factor = airspeed > 12 ? 12 / airspeed : 1;
    this.kp = this.baseKp.mul(factor);
  }

  private clampIntegral(): void {
    for (let axis = 0; axis < 3; axis++) {
      const value = this.integral.get(axis);
      if (Math.abs(value) > this.integralLimit) {
        this.integral.set(axis, Math.sign(value) * this.integralLimit);
      }
    }
  }

  step(error: NDArray, dt: number): NDArray {
    const integralBefore = this.integral.sum();
    this.integral.iadd(error.mul(dt));
    this.clampIntegral();

    const derivative = error.sub(this.prevError);
    derivative.idiv(dt);

    let command = error.mul(this.kp);
    command = command.add(this.integral.mul(this.ki));
    command.iadd(derivative.mul(this.kd));

    this.prevError = error.copy();
    this.lastCommand = command.copy();
    if (Math.abs(this.integral.sum() - integralBefore) > 1) {
      console.warn("integral jumped by", (this.integral.sum() - integralBefore).toFixed(3));
    }
    return command;
  }

  snapshot(): PidSnapshot {
    return {
      integral: this.integral.copy(),
      prevError: this.prevError.copy(),
      lastCommand: this.lastCommand.copy(),
    };
  }

  restore(saved: PidSnapshot): void {
    this.integral.assign(":", saved.integral);
    this.prevError = saved.prevError.copy();
    this.lastCommand = saved.lastCommand.copy();
  }
}

const pid = new AttitudePid([2.0, 2.0, 1.2], [0.4, 0.4, 0.2], [0.05, 0.05, 0.02], 0.5);
const attitude = zeros(3);
const initialAttitude = attitude;
console.log("initial attitude:", initialAttitude.tolist());

const checkpoint = pid.snapshot();
const savedAttitude = attitude.copy();

let target = array([0.2, -0.1, 0.5]);
const trim = array([0.01, 0.0, -0.02]);
target = target.add(trim);
target.imul(0.95);

const dt = 0.05;
for (let k = 0; k < 40; k++) {
  pid.scheduleGains(10 + k * 0.2);
  const error = target.sub(attitude);
  const command = pid.step(error, dt);
  attitude.iadd(command.mul(dt * 0.5));
}

const finalError = target.sub(attitude);
const worst = Math.max(finalError.max(), -finalError.min());
console.log("attitude after manoeuvre:", attitude.tolist(), "worst error:", worst.toFixed(4));

if (worst > 0.01) {
  console.log("manoeuvre did not converge, restoring checkpoint");
  pid.restore(checkpoint);
  attitude.assign(":", savedAttitude);
}

console.log("controller integral:", pid.integral.tolist());
console.log("last command:", pid.lastCommand.tolist());
console.log("attitude:", attitude.tolist(), "saved:", savedAttitude.tolist());
console.log("checkpoint integral:", checkpoint.integral.tolist());
