// One-dimensional constant-velocity Kalman tracker built as a closure factory whose methods share the state and covariance.
import { array, eye, NDArray } from "ndalias";

interface Tracker {
  predict(dt: number): NDArray;
  update(z: number): number;
  inflate(factor: number): number;
  reset(): void;
  state(): NDArray;
}

function createTracker(initialPos: number, processNoise: number, measNoise: number): Tracker {
  const x = array([initialPos, 0]);
  const P = eye(2);
  let steps = 0;

  return {
    predict(dt) {
      const pos = x.get(0) + dt * x.get(1);
      x.set(0, pos);
      const p00 = P.get(0, 0) + dt * (P.get(1, 0) + P.get(0, 1)) + dt * dt * P.get(1, 1);
      const p01 = P.get(0, 1) + dt * P.get(1, 1);
      P.assign("0, 0", p00 + processNoise);
      P.assign("0, 1", p01);
      P.assign("1, 0", p01);
      P.slice(1, 1).iadd(processNoise);
      steps += 1;
      return x.copy();
    },

    update(z) {
      const innovation = z - x.get(0);
      const s = P.get(0, 0) + measNoise;
      const gain = array([P.get(0, 0) / s, P.get(1, 0) / s]);
      x.iadd(gain.mul(innovation));
      const correction = gain.mul(P.get(0, 0));
      const firstRow = P.slice(0);
      firstRow.isub(gain.mul(P.get(0, 0)).mul(0.5)); // expect: no-view-mutation
      P.slice(":", 0).isub(correction.mul(0.5));
      return P.sum();
    },

    inflate(factor) {
      // widen uncertainty after a missed detection
      const widened = P.copy();
      widened.imul(factor);
      P.assign(":", widened);
      return P.get(0, 0);
    },

    reset() {
      x.flatten().fill(0); // expect: no-lost-write
      P.assign(":", eye(2));
      steps = 0;
    },

    state() {
      return x.copy();
    },
  };
}

function formatState(s: NDArray): string {
  return `pos=${s.get(0).toFixed(3)} vel=${s.get(1).toFixed(3)}`;
}

export function track(measurements: number[]): string[] {
  const tracker = createTracker(measurements[0] ?? 0, 0.01, 0.5);
  const lines: string[] = [];
  for (const z of measurements) {
    const prior = tracker.predict(1);
    const trace = tracker.update(z);
    lines.push(`${formatState(prior)} -> ${formatState(tracker.state())} trace=${trace.toFixed(3)}`);
  }
  tracker.inflate(4);
  tracker.reset();
  lines.push("after reset: " + formatState(tracker.state()));
  return lines;
}

for (const line of track([0, 1.1, 1.9, 3.2, 4.0])) console.log(line);
