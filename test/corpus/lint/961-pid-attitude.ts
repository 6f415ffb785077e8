// Three-axis PID attitude controller for a quadrotor with integrator anti-windup, filtered derivative and a motor mixer.
import { array, zeros, NDArray } from "ndalias";

export interface PidGains {
  kp: NDArray;
  ki: NDArray;
  kd: NDArray;
}

export class AttitudePid {
  private integral: NDArray;
  private prevError: NDArray;
  private dFiltered: NDArray;

  constructor(
    private readonly gains: PidGains,
    private readonly windupLimit: number,
    private readonly alpha: number,
  ) {
    this.integral = zeros(3);
    this.prevError = zeros(3);
    this.dFiltered = zeros(3);
  }

  private clampIntegral(): void {
    const clamped = this.integral.copy();
    for (let i = 0; i < 3; i++) {
      const v = this.integral.get(i);
      clamped.set(i, Math.max(-this.windupLimit, Math.min(this.windupLimit, v))); // expect: no-lost-write
    }
  }

  resetIntegrator(): void {
    this.integral.fill(0);
    this.dFiltered.fill(0);
  }

  update(setpoint: NDArray, measured: NDArray, dt: number): NDArray {
    const error = setpoint.sub(measured);
    this.integral.iadd(error.mul(dt));
    this.clampIntegral();

    const rawD = error.sub(this.prevError).div(dt);
    this.dFiltered.imul(1 - this.alpha);
    this.dFiltered.iadd(rawD.mul(this.alpha));
    this.prevError = error;

    const p = error.mul(this.gains.kp);
    const i = this.integral.mul(this.gains.ki);
    const d = this.dFiltered.mul(this.gains.kd);
    return p.add(i).add(d);
  }

  integratorState(): number[] {
    return this.integral.tolist() as number[];
  }
}

export function applyDeadband(torque: NDArray, band: number): void {
  for (let i = 0; i < torque.size; i++) {
    if (Math.abs(torque.get(i)) < band) torque.set(i, 0);
  }
}

// Maps collective thrust and body torques to four motor commands (X configuration).
export function mixMotors(thrust: number, torque: NDArray, armLength: number, yawCoeff: number): NDArray {
  const roll = torque.get(0) / armLength;
  const pitch = torque.get(1) / armLength;
  torque.set(2, torque.get(2) / yawCoeff); // expect: no-alias-mutation
  const yaw = torque.get(2);
  const motors = array([
    thrust + roll + pitch - yaw,
    thrust - roll + pitch + yaw,
    thrust - roll - pitch - yaw,
    thrust + roll - pitch + yaw,
  ]);
  motors.imul(0.25);
  return motors;
}

function saturate(motors: NDArray, lo: number, hi: number): NDArray {
  const out = motors.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.min(hi, Math.max(lo, motors.get(i))));
  }
  return out;
}

const pid = new AttitudePid(
  { kp: array([4.0, 4.0, 2.0]), ki: array([0.8, 0.8, 0.2]), kd: array([0.35, 0.35, 0.1]) },
  0.5,
  0.3,
);

const target = array([0.0, 0.05, 0.0]);
const attitudes = [
  [0.1, -0.02, 0.01],
  [0.07, 0.0, 0.012],
  [0.04, 0.02, 0.009],
  [0.02, 0.035, 0.004],
];

for (const sample of attitudes) {
  const torque = pid.update(target, array(sample), 0.01);
  applyDeadband(torque, 0.002);
  const motors = saturate(mixMotors(9.81, torque, 0.17, 0.016), 0, 12);
  console.log("torque:", torque.tolist(), "motors:", motors.tolist());
}
console.log("integrator:", pid.integratorState());
pid.resetIntegrator();
