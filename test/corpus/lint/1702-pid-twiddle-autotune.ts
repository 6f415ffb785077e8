// Coordinate-descent (twiddle) autotuner for a PID wheel-speed loop: perturbs gains, simulates step responses and reports the settled response.
import { array, zeros, NDArray } from "ndalias";

const DT = 0.02;
const HORIZON = 200;

function simulateStep(gains: NDArray, steps: number): NDArray {
  const kp = gains.get(0);
  const ki = gains.get(1);
  const kd = gains.get(2);
  const response = zeros(steps);
  let speed = 0;
  let integral = 0;
  let prevError = 1;
  for (let k = 0; k < steps; k++) {
    const error = 1 - speed;
    integral += error * DT;
    const u = kp * error + ki * integral + (kd * (error - prevError)) / DT;
    prevError = error;
    speed += (u - 0.5 * speed) * DT * 4;
    response.set(k, speed);
  }
  return response;
}

function cost(response: NDArray): number {
  const error = response.sub(1);
  return error.mul(error).sum();
}

function overshoot(response: NDArray): number {
  return Math.max(0, response.max() - 1);
}

class Twiddle {
  gains: NDArray;
  deltas: NDArray;
  bestCost: number;
  iterations = 0;

  constructor(initial: number[]) {
    this.gains = array(initial);
    this.deltas = array(initial.map((g) => g * 0.2));
    this.bestCost = cost(simulateStep(this.gains, HORIZON));
  }

  tryAxis(axis: number): number {
    const trial = this.gains;
    trial.set(axis, trial.get(axis) + this.deltas.get(axis)); // expect: no-alias-mutation
    const c = cost(simulateStep(trial, HORIZON));
    if (c < this.bestCost) {
      this.bestCost = c;
      this.gains = trial.copy();
      this.deltas.set(axis, this.deltas.get(axis) * 1.1);
    } else {
      this.deltas.set(axis, this.deltas.get(axis) * 0.9);
    }
    this.iterations += 1;
    return c;
  }

  tryAxisSafely(axis: number): number {
    const candidate = this.gains.copy();
    candidate.set(axis, candidate.get(axis) - this.deltas.get(axis));
    const c = cost(simulateStep(candidate, HORIZON));
    if (c < this.bestCost) {
      this.bestCost = c;
      this.gains = candidate;
    }
    return c;
  }

  run(rounds: number): void {
    for (let r = 0; r < rounds && this.deltas.sum() > 1e-3; r++) {
      for (let axis = 0; axis < 3; axis++) {
        this.tryAxis(axis);
        this.tryAxisSafely(axis);
      }
    }
  }
}

const tuner = new Twiddle([0.8, 0.1, 0.01]);
const initialCost = tuner.bestCost;
tuner.run(10);
console.log(`cost ${initialCost.toFixed(3)} -> ${tuner.bestCost.toFixed(3)} after ${tuner.iterations} trials`);
console.log("tuned gains:", tuner.gains.tolist());

const response = simulateStep(tuner.gains, HORIZON);
const settled = response.slice("150:");
console.log("overshoot:", overshoot(response).toFixed(4));

response.isub(1); // expect: no-view-mutation
let iae = 0;
for (let k = 0; k < response.size; k++) iae += Math.abs(response.get(k)) * DT;
console.log("integrated absolute error:", iae.toFixed(4));
console.log("settled speed:", settled.mean().toFixed(4), "ripple:", (settled.max() - settled.min()).toExponential(2));

const reference = zeros(HORIZON);
reference.fill(1);
const scaledResponse = simulateStep(tuner.gains, HORIZON).mul(2.5);
console.log("speed at 2.5 m/s setpoint (last):", scaledResponse.get(HORIZON - 1).toFixed(3));
console.log("reference mean:", reference.mean());
