// Tracks a drone with a constant-velocity filter: each cycle overwrites the state first, and the views and aliases used for reporting are taken afterwards.
import { array, NDArray } from "ndalias";

const DT = 0.5;
const GAIN = 0.6;

// state = [x, y, vx, vy]
const state = array([0, 0, 1, 0.5]);
const uncertainty = array([1, 1, 0.5, 0.5]);

const measurements = [
  array([0.55, 0.2]),
  array([1.02, 0.51]),
  array([1.49, 0.77]),
  array([2.05, 1.01]),
];

function distance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

for (const [cycle, z] of measurements.entries()) {
  // predict: position += velocity * dt (the right-hand side is computed before the write)
  state.assign("0:2", state.slice("0:2").add(state.slice("2:4").mul(DT)));
  uncertainty.iadd(0.1);

  // correct: blend the measured position into the prediction
  const innovation = z.sub(state.slice("0:2"));
  state.assign("0:2", state.slice("0:2").add(innovation.mul(GAIN)));
  state.assign("2:4", state.slice("2:4").add(innovation.mul(GAIN * 0.5 / DT)));
  uncertainty.slice("0:2").imul(1 - GAIN);

  // report: names created after this cycle's writes
  const position = state.slice("0:2");
  const velocity = state.slice("2:4");
  console.log(
    `cycle ${cycle}: pos ${JSON.stringify(position.tolist())}, vel ${JSON.stringify(velocity.tolist())}, ` +
      `miss ${distance(position, z).toFixed(3)}`,
  );
}

// Publish the final estimate under another name once filtering is over.
const published = state;
const spread = uncertainty;
console.log("published estimate:", published.tolist(), "uncertainty:", spread.tolist());

// Covariance-like 2x2 block built from a copy, reshaped and scaled for display.
const display = uncertainty.copy().reshape(2, 2);
display.imul(100);
console.log("uncertainty (%) grid:", display.tolist(), "raw:", uncertainty.tolist());

// Coast for two steps without measurements, then report through fresh views.
for (let k = 0; k < 2; k++) {
  state.assign("0:2", state.slice("0:2").add(state.slice("2:4").mul(DT)));
}
const coasted = state.slice("0:2");
console.log("coasted position:", coasted.tolist());
