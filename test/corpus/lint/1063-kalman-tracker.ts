// Tracks a 1-D target with a constant-velocity Kalman filter, skipping missing or outlier measurements, and prints the track.
import { array, eye, zeros, NDArray } from "ndalias";

interface TrackerOptions {
  dt?: number;
  processNoise?: number;
  measurementNoise?: number;
  gate?: number;
}

/** Keeps a covariance symmetric and its diagonal positive; writes the matrix it is given. */
function stabilize(P: NDArray): void {
  const sym = P.add(P.T).mul(0.5);
  P.assign(":", sym);
  for (let i = 0; i < P.shape[0]; i++) {
    if (P.get(i, i) < 1e-9) P.set([i, i], 1e-9);
  }
}

class Tracker {
  private x = zeros(2); // position, velocity
  private P = eye(2).mul(10);
  private readonly F: NDArray;
  private readonly q: number;
  private readonly r: number;
  private readonly gate: number;
  private innovations: NDArray | null = null;
  private steps = 0;

  constructor({ dt = 1, processNoise = 0.01, measurementNoise = 0.5, gate = 3 }: TrackerOptions = {}) {
    this.F = array([[1, dt], [0, 1]]);
    this.q = processNoise;
    this.r = measurementNoise;
    this.gate = gate;
  }

  predict(): number {
    const px = this.x.get(0) + this.F.get(0, 1) * this.x.get(1);
    this.x.set(0, px);
    const FP = this.F.mul(1);
    const next = zeros([2, 2]);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        let s = 0;
        for (let k = 0; k < 2; k++) {
          for (let l = 0; l < 2; l++) s += FP.get(i, k) * this.P.get(k, l) * this.F.get(j, l);
        }
        next.set([i, j], s + (i === j ? this.q : 0));
      }
    }
    this.P = next;
    stabilize(this.P);
    return px;
  }

  update(z: number | null | undefined): boolean {
    this.steps++;
    if (z == null || Number.isNaN(z)) return false;
    const innovation = z - this.x.get(0);
    const s = this.P.get(0, 0) + this.r;
    if (Math.abs(innovation) > this.gate * Math.sqrt(s)) return false;
    const k0 = this.P.get(0, 0) / s;
    const k1 = this.P.get(1, 0) / s;
    this.x.iadd(array([k0 * innovation, k1 * innovation]));
    const p00 = this.P.get(0, 0);
    const p01 = this.P.get(0, 1);
    this.P.isub(array([[k0 * p00, k0 * p01], [k1 * p00, k1 * p01]]));
    const previous = (this.innovations?.tolist() ?? []) as number[];
    this.innovations = array([...previous.slice(-31), innovation]);
    return true;
  }

  state(): NDArray {
    return this.x.copy();
  }

  innovationRms(): number {
    const inn = this.innovations;
    if (!inn || inn.size === 0) return 0;
    return Math.sqrt(inn.mul(inn).mean());
  }

  get uncertainty(): number {
    return Math.sqrt(this.P.get(0, 0));
  }
}

const measurements: Array<number | null> = [0.1, 1.2, null, 2.9, 4.2, 40, 6.1, Number.NaN, 8.0, 9.1];
const tracker = new Tracker({ measurementNoise: 0.3 });
const track = zeros([measurements.length, 2]);
const history: NDArray[] = [];
let rejected = 0;

for (const [t, z] of measurements.entries()) {
  tracker.predict();
  const accepted = tracker.update(z);
  if (!accepted) rejected++;
  const s = tracker.state();
  track.slice(t).assign(":", s);
  history.push(s);
  console.log(`t=${t} z=${z ?? "-"} pos=${s.get(0).toFixed(2)} vel=${s.get(1).toFixed(2)} ${accepted ? "" : "(skipped)"}`);
}

const last = history[history.length - 1] ?? zeros(2);
console.log("rejected:", rejected, "innovation rms:", tracker.innovationRms().toFixed(3));
console.log("final state:", last.tolist(), "uncertainty:", tracker.uncertainty.toFixed(3));
console.log("mean velocity:", track.slice(":", 1).mean().toFixed(3));
