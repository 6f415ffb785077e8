// A per-axis Kalman filter for a tracked object that can fork hypotheses, used to smooth a short noisy position trace.
import { array, full, NDArray } from "ndalias";

interface Measurement {
  readonly position: NDArray;
  readonly noise: number;
}

class AxisFilter {
  x: NDArray;
  P: NDArray;
  velocity: NDArray | null = null;
  origin: AxisFilter | null = null;
  latestFork: AxisFilter | null = null;
  steps = 0;

  constructor(x0: NDArray, p0: NDArray) {
    this.x = x0;
    this.P = p0;
  }

  predict(processNoise: number): NDArray {
    const predicted = this.x.copy();
    if (this.velocity) predicted.iadd(this.velocity);
    this.P.iadd(processNoise);
    return predicted;
  }

  update(z: Measurement): number {
    const innovation = z.position.sub(this.x);
    const gain = this.P.div(this.P.add(z.noise));
    this.x = this.x.add(gain.mul(innovation));
    this.P.copy().imul(gain.mul(-1).add(1)); // expect: no-lost-write
    this.steps += 1;
    return Math.sqrt(innovation.mul(innovation).mean());
  }

  updateVelocity(previous: NDArray, dt: number): void {
    const v = this.x.sub(previous);
    v.idiv(dt);
    this.velocity = v;
  }

  fork(label: string): AxisFilter {
    const f = new AxisFilter(this.x.copy(), this.P.copy());
    f.velocity = this.velocity?.copy() ?? null;
    f.origin = this;
    this.latestFork = f; // expect: no-reference-cycle
    console.log(`forked hypothesis ${label} at step ${this.steps}`);
    return f;
  }

  uncertainty(): number {
    return Math.sqrt(this.P.mean());
  }
}

function isConfident(f: AxisFilter | null | undefined, limit: number): f is AxisFilter {
  return f != null && f.uncertainty() < limit;
}

function traceOf(f: AxisFilter, measurements: readonly Measurement[]): number[] {
  const errors: number[] = [];
  for (const z of measurements) {
    const previous = f.x;
    f.predict(0.01);
    errors.push(f.update(z));
    f.updateVelocity(previous, 1);
  }
  return errors;
}

const track: readonly Measurement[] = [
  { position: array([0.0, 0.1]), noise: 0.2 },
  { position: array([1.1, 0.9]), noise: 0.2 },
  { position: array([1.9, 2.2]), noise: 0.3 },
  { position: array([3.2, 2.9]), noise: 0.2 },
];

const filter = new AxisFilter(array([0, 0]), full(2, 1.0));
const errors = traceOf(filter, track.slice(0, 2));
console.log("innovation rms:", errors.map((e) => e.toFixed(3)).join(", "));

const alt = filter.fork("alt");
alt.P.imul(4);
const altErrors = traceOf(alt, track.slice(2));
const mainErrors = traceOf(filter, track.slice(2));
console.log("alt errors:", altErrors.map((e) => e.toFixed(3)), "main errors:", mainErrors.map((e) => e.toFixed(3)));

const best = isConfident(alt, filter.uncertainty()) ? alt : filter;
console.log("chosen state:", best.x.tolist(), "uncertainty:", best.uncertainty().toFixed(4));
console.log("next position:", filter.predict(0.0).tolist(), "velocity:", filter.velocity?.tolist());
