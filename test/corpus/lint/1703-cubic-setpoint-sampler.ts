// Cubic joint-trajectory sampler that reuses preallocated scratch buffers and hands out copies of each sampled setpoint and velocity.
import { array, zeros, NDArray } from "ndalias";

class CubicSampler {
  private readonly coeffs: NDArray;
  private readonly scratch: NDArray;
  private readonly powers: NDArray;
  readonly duration: number;

  constructor(q0: NDArray, q1: NDArray, v0: NDArray, v1: NDArray, duration: number) {
    this.duration = duration;
    const T = duration;
    this.coeffs = zeros([4, q0.size]);
    this.coeffs.assign("0", q0);
    this.coeffs.assign("1", v0);
    const a2 = q1.sub(q0).mul(3).sub(v0.mul(2).add(v1).mul(T)).div(T * T);
    const a3 = q0.sub(q1).mul(2).add(v0.add(v1).mul(T)).div(T * T * T);
    this.coeffs.assign("2", a2);
    this.coeffs.assign("3", a3);
    this.scratch = zeros(q0.size);
    this.powers = zeros(4);
  }

  position(t: number): NDArray {
    const s = Math.min(Math.max(t, 0), this.duration);
    this.powers.assign(":", array([1, s, s * s, s * s * s]));
    this.scratch.fill(0);
    for (let k = 0; k < 4; k++) {
      this.scratch.iadd(this.coeffs.slice(k).mul(this.powers.get(k)));
    }
    return this.scratch.copy();
  }

  velocity(t: number): NDArray {
    const s = Math.min(Math.max(t, 0), this.duration);
    this.powers.assign(":", array([0, 1, 2 * s, 3 * s * s]));
    this.scratch.fill(0);
    for (let k = 1; k < 4; k++) {
      this.scratch.iadd(this.coeffs.slice(k).mul(this.powers.get(k)));
    }
    return this.scratch.copy();
  }

  peakSpeed(samples: number): number {
    let peak = 0;
    for (let i = 0; i <= samples; i++) {
      const v = this.velocity((i / samples) * this.duration);
      peak = Math.max(peak, v.max(), -v.min());
    }
    return peak;
  }
}

const home = array([0, -0.6, 1.2, 0]);
const target = array([0.9, -0.2, 0.7, 0.5]);
const rest = zeros(4);
const sampler = new CubicSampler(home, target, rest, rest, 2.0);

const SAMPLES = 9;
const setpoints = zeros([SAMPLES, 4]);
const velocities = zeros([SAMPLES, 4]);
for (let i = 0; i < SAMPLES; i++) {
  const t = (i / (SAMPLES - 1)) * sampler.duration;
  setpoints.assign(String(i), sampler.position(t));
  velocities.assign(String(i), sampler.velocity(t));
}

const first = sampler.position(0.5);
const second = sampler.position(1.5);
console.log("q(0.5):", first.tolist(), "q(1.5):", second.tolist());

const beta = 0.3;
let filtered: NDArray = home;
for (let i = 0; i < SAMPLES; i++) {
  filtered = filtered.mul(1 - beta).add(setpoints.slice(i).mul(beta));
  filtered.imul(1.0 - 1e-3 * i);
}
console.log("low-pass setpoint:", filtered.tolist());

const finalError = setpoints.slice(-1).sub(target);
console.log("final setpoint error:", Math.max(finalError.max(), -finalError.min()).toExponential(2));
console.log("peak joint speed:", sampler.peakSpeed(40).toFixed(3));

const accelerations = velocities.slice("1:").sub(velocities.slice(":-1"));
accelerations.idiv(sampler.duration / (SAMPLES - 1));
console.log("peak acceleration:", Math.max(accelerations.max(), -accelerations.min()).toFixed(3));

console.log("home:", home.tolist(), "target:", target.tolist(), "rest:", rest.tolist());
console.log("setpoints:", setpoints.tolist());
