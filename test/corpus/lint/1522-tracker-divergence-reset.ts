// Tracks a cart with a constant-velocity filter, recovering from divergent steps and sanitising states coming from the sensor bus.
import { array, NDArray } from "ndalias";

const MAX_SPEED = 25;

class DivergenceError extends Error {
  constructor(readonly step: number, readonly value: number) {
    super(`filter diverged at step ${step} (value ${value})`);
    this.name = "DivergenceError";
  }
}

// Returns the predicted next state as a new array; the input state is left alone.
function propagate(state: NDArray, dt: number, step: number): NDArray {
  const next = state.copy();
  next.set(0, state.get(0) + dt * state.get(1));
  if (!Number.isFinite(next.get(0)) || Math.abs(next.get(1)) > MAX_SPEED) {
    throw new DivergenceError(step, next.get(0));
  }
  return next;
}

// Position of a state read from the bus, treating a corrupted state as "at rest at the origin".
export function sanitizedPosition(busState: NDArray): number {
  if (busState.size !== 2) {
    throw new RangeError(`expected [position, velocity], got ${busState.size} values`);
  }
  if (Number.isFinite(busState.sum())) {
    return busState.get(0);
  }
  busState.fill(0); // expect: no-alias-mutation
  return 0;
}

// Zeroes a state vector in place; used by the operator's reset button.
export function resetState(s: NDArray): void {
  s.fill(0);
}

// Blends a measured position into a state and returns the blended copy.
export function correct(state: NDArray, measured: number, gain: number): NDArray {
  const out = state.copy();
  const innovation = measured - out.get(0);
  out.set(0, out.get(0) + gain * innovation);
  out.set(1, out.get(1) + 0.1 * gain * innovation);
  return out;
}

// --- main tracking loop ---------------------------------------------------------------
const cart = array([0, 1.5]);
const velocity = cart.slice("1:");
console.log("initial speed:", velocity.get(0));

const measurements = [0.16, 0.29, 0.47, 0.61];
const dts = [0.1, 0.1, 0.1, Infinity];

for (let step = 0; step < measurements.length; step++) {
  try {
    const predicted = propagate(cart, dts[step], step);
    const corrected = correct(predicted, measurements[step], 0.4);
    cart.assign(":", corrected);
  } catch (err) {
    if (!(err instanceof DivergenceError)) throw err;
    console.log(`${err.message}; holding position and stopping the cart`);
    velocity.fill(0); // expect: no-view-mutation
    break;
  }
}
console.log("final cart state:", cart.tolist());

// --- a second cart: the recovery halves a standalone velocity estimate -----------------
const trailer = array([2.0, 0.8]);
let trailerVelocity = array([trailer.get(1)]);
try {
  const p = propagate(trailer, NaN, 0);
  trailer.assign(":", p);
} catch (err) {
  if (!(err instanceof DivergenceError)) throw err;
  trailerVelocity = trailerVelocity.copy();
  trailerVelocity.imul(0.5);
}
console.log("trailer:", trailer.tolist(), "trailer velocity:", trailerVelocity.tolist());

// --- states from the bus: positions are extracted, then the frames are logged --------
const busFrames = [array([3.2, 0.4]), array([NaN, 1.1]), array([7.5, -0.3])];
for (const frame of busFrames) {
  const pos = sanitizedPosition(frame);
  console.log(`bus frame ${JSON.stringify(frame.tolist())} -> position ${pos}`);
}

const operatorState = array([4.4, -2.0]);
resetState(operatorState);
console.log("after operator reset:", operatorState.tolist());
