// A 1-D constant-velocity Kalman filter over noisy positions, keeping each predicted state for later diagnostics.
import { array, eye, NDArray } from "ndalias";

export class Kalman {
  state: NDArray;
  cov: NDArray;
  predicted: NDArray | null = null;
  readonly history: NDArray[] = [];

  constructor(x0: NDArray, readonly q: number) {
    this.state = x0.copy();
    this.cov = eye(2);
    this.cov.imul(10);
  }

  predict(dt: number): void {
    const next = this.state.copy();
    next.set(0, (this.state.get(0) as number) + dt * (this.state.get(1) as number));
    this.predicted = next;
    this.state = next.copy();

    const p = this.cov;
    const grown = p.copy();
    const p00 = p.get(0, 0) as number;
    const p01 = p.get(0, 1) as number;
    const p11 = p.get(1, 1) as number;
    grown.set([0, 0], p00 + 2 * dt * p01 + dt * dt * p11 + this.q);
    grown.set([0, 1], p01 + dt * p11);
    grown.set([1, 0], p01 + dt * p11);
    grown.set([1, 1], p11 + this.q);
    this.cov = grown;
  }

  update(z: number, r: number): void {
    const p00 = this.cov.get(0, 0) as number;
    const p01 = this.cov.get(0, 1) as number;
    const p11 = this.cov.get(1, 1) as number;
    const s = p00 + r;
    const k0 = p00 / s;
    const k1 = p01 / s;
    const innovation = z - (this.state.get(0) as number);
    this.state.set(0, (this.state.get(0) as number) + k0 * innovation);
    this.state.set(1, (this.state.get(1) as number) + k1 * innovation);

    const shrunk = this.cov.copy();
    shrunk.set([0, 0], (1 - k0) * p00);
    shrunk.set([0, 1], (1 - k0) * p01);
    shrunk.set([1, 0], (1 - k0) * p01);
    shrunk.set([1, 1], p11 - k1 * p01);
    this.cov = shrunk;
    this.history.push(this.state.copy());
  }

  diagnostics(): string {
    let gap = this.predicted ?? this.state;
    gap = gap.sub(this.state);
    gap.imul(gap);
    return `squared prediction gap ${gap.sum().toFixed(4)}, variance ${(this.cov.get(0, 0) as number).toFixed(4)}`;
  }
}

function smooth(track: NDArray[], alpha: number): NDArray[] {
  const out: NDArray[] = [];
  let prev: NDArray | null = null;
  for (const s of track) {
    let cur = s;
    if (prev) {
      cur = s.mul(alpha);
      cur.iadd(prev.mul(1 - alpha));
    }
    out.push(cur);
    prev = cur;
  }
  return out;
}

const measurements = [0.1, 1.2, 1.9, 3.2, 3.9, 5.1, 6.2, 6.8];
const kf = new Kalman(array([0, 1]), 0.01);
for (const z of measurements) {
  kf.predict(1);
  kf.update(z, 0.25);
  console.log(`z=${z.toFixed(1)}`, kf.diagnostics());
}

const positions = smooth(kf.history, 0.6).map((s) => (s.get(0) as number).toFixed(2));
console.log("smoothed positions:", positions.join(", "));
console.log("final state:", JSON.stringify(kf.state.tolist()), "last prediction:", JSON.stringify(kf.predicted?.tolist()));
