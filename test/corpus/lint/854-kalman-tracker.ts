// Tracks a 2-D target with a constant-velocity Kalman filter using in-place predict/update helpers over a list of measurements.
import { array, eye, zeros, NDArray } from "ndalias";

interface Filter {
  x: NDArray; // [px, py, vx, vy]
  P: NDArray; // diagonal-only covariance, 4x4
  q: number;
  r: number;
}

function makeFilter({ q = 0.01, r = 0.5, p0 = 10 }: { q?: number; r?: number; p0?: number } = {}): Filter {
  return { x: zeros(4), P: eye(4).mul(p0), q, r };
}

function predict(f: Filter, dt: number): void {
  f.x.slice("0:2").iadd(f.x.slice("2:4").mul(dt));
  f.P.iadd(eye(4).mul(f.q));
  f.P.slice("0:2", "0:2").iadd(f.P.slice("2:4", "2:4").mul(dt * dt));
}

function update(f: Filter, z: NDArray): void {
  for (let k = 0; k < 2; k++) {
    const pk = f.P.get(k, k) as number;
    const gain = pk / (pk + f.r);
    const innovation = (z.get(k) as number) - (f.x.get(k) as number);
    f.x.set(k, (f.x.get(k) as number) + gain * innovation);
    f.x.set(k + 2, (f.x.get(k + 2) as number) + 0.5 * gain * innovation);
    f.P.set([k, k], (1 - gain) * pk);
  }
}

function innovationNorm(f: Filter, z: NDArray): number {
  const d = z.sub(f.x.slice("0:2"));
  return Math.sqrt(d.mul(d).sum());
}

function resetVelocity(state: NDArray): void {
  state.slice("2:4").fill(0);
}

const measurements: NDArray[] = [
  array([0.1, 0.0]),
  array([1.1, 0.4]),
  array([1.9, 1.1]),
  array([3.2, 1.4]),
  array([3.9, 2.1]),
  array([9.0, 9.0]),
  array([6.1, 3.0]),
];

const filter = makeFilter({ r: 0.3 });
const track = zeros([measurements.length, 2]);
const gate = 3;
let rejected = 0;

const prior = filter.x.copy();
measurements.forEach((z, t) => {
  predict(filter, 1);
  if (t > 2 && innovationNorm(filter, z) > gate) {
    rejected++;
    track.slice(t).assign(":", filter.x.slice("0:2"));
    return;
  }
  update(filter, z);
  track.set([t, 0], filter.x.get(0));
  track.set([t, 1], filter.x.get(1));
});

console.log("prior state:", prior.tolist());
console.log("final state:", filter.x.tolist());
console.log("track:", JSON.stringify(track.tolist()));
console.log("rejected measurements:", rejected);

// Stop the target: clear the velocity part of the state, then predict once more.
const beforeStop = filter.x.copy();
resetVelocity(filter.x);
predict(filter, 1);
console.log("stopped state:", filter.x.tolist(), "was:", beforeStop.tolist());

// A second filter for comparison, fed the same measurements without gating.
const ungated = makeFilter();
for (const z of measurements) {
  predict(ungated, 1);
  update(ungated, z);
}
const gap = ungated.x.sub(filter.x);
gap.imul(gap);
console.log("squared gap to ungated filter:", gap.tolist(), "covariance trace:", ungated.P.diagonal().sum());
