// Speed-scheduled PID gains for a cruise controller with a closure-held integrator and a periodic gain recalibration.
import { array, zeros, NDArray } from "ndalias";

const NOMINAL_GAINS = array([0.9, 0.12, 0.05]); // kp, ki, kd
const SPEED_BREAKPOINTS = array([0, 20, 40, 60]);

function scheduledGains(speed: number): NDArray {
  let bucket = 0;
  for (let i = 0; i < SPEED_BREAKPOINTS.size; i++) {
    if (speed >= SPEED_BREAKPOINTS.get(i)) bucket = i;
  }
  const gains = NOMINAL_GAINS.mul(1 + 0.15 * bucket);
  gains.slice(2).fill(NOMINAL_GAINS.get(2));
  return gains;
}

function recalibrate(drift: number): number {
  NOMINAL_GAINS.imul(1 - drift);
  return NOMINAL_GAINS.get(0);
}

function makeIntegrator(limit: number) {
  const state = zeros(1);
  return (error: number, dt: number): number => {
    state.iadd(error * dt);
    if (state.get(0) > limit) state.fill(limit);
    if (state.get(0) < -limit) state.fill(-limit);
    return state.get(0);
  };
}

function controlStep(
  integrate: (e: number, dt: number) => number,
  target: number,
  speed: number,
  lastError: number,
  dt: number,
): { throttle: number; error: number } {
  const g = scheduledGains(speed);
  const error = target - speed;
  const i = integrate(error, dt);
  const d = (error - lastError) / dt;
  const terms = array([error, i, d]);
  terms.imul(g);
  return { throttle: Math.max(0, Math.min(1, terms.sum())), error };
}

const integrate = makeIntegrator(30);
let speed = 12;
let lastError = 0;
for (let t = 0; t < 6; t++) {
  const { throttle, error } = controlStep(integrate, 50, speed, lastError, 0.1);
  speed += throttle * 4 - 0.2;
  lastError = error;
  console.log(`t=${t} speed=${speed.toFixed(2)} throttle=${throttle.toFixed(3)}`);
}

console.log("kp after recalibration:", recalibrate(0.02), "gains:", NOMINAL_GAINS.tolist());
