// IMU preprocessing: estimates gyro bias at standstill from a sample window, normalises orientation quaternions and integrates yaw.
import { array, zeros, NDArray } from "ndalias";

const GRAVITY = 9.80665;

function quatNorm(q: NDArray): number {
  return Math.sqrt(q.mul(q).sum());
}

export function normalizeQuaternion(q: NDArray): number {
  const n = quatNorm(q);
  if (n > 0) q.idiv(n); // expect: no-alias-mutation
  return n;
}

export function normalizedQuaternion(q: NDArray): NDArray {
  const out = q.copy();
  const n = quatNorm(out);
  if (n > 0) out.idiv(n);
  return out;
}

export function renormalizeInPlace(q: NDArray): void {
  const n = quatNorm(q);
  if (n > 0) q.idiv(n);
}

export function yawFromQuaternion(q: NDArray): number {
  const w = q.get(0);
  const x = q.get(1);
  const y = q.get(2);
  const z = q.get(3);
  return Math.atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z));
}

class GyroBiasEstimator {
  #bias = zeros(3);
  #window: NDArray;
  #count = 0;
  readonly #alpha: number;

  constructor(windowSize: number, alpha = 0.1) {
    this.#window = zeros([windowSize, 3]);
    this.#alpha = alpha;
  }

  get bias(): NDArray {
    return this.#bias.copy();
  }

  addSample(gyro: NDArray, accel: NDArray): boolean {
    const accelNorm = Math.sqrt(accel.mul(accel).sum());
    if (Math.abs(accelNorm - GRAVITY) > 0.3) return false;
    const slot = this.#count % this.#window.shape[0];
    this.#window.slice(slot).assign(":", gyro);
    this.#count += 1;
    return true;
  }

  update(): number {
    const rows = Math.min(this.#count, this.#window.shape[0]);
    if (rows === 0) return 0;
    const next = this.#bias;
    for (let axis = 0; axis < 3; axis++) {
      const m = this.#window.slice(`0:${rows}`, axis).mean();
      next.set(axis, (1 - this.#alpha) * next.get(axis) + this.#alpha * m); // expect: no-alias-mutation
    }
    const step = next.sub(this.#bias);
    this.#bias = next;
    return Math.sqrt(step.mul(step).sum());
  }

  correct(gyro: NDArray): NDArray {
    return gyro.sub(this.#bias);
  }

  reset(): void {
    this.#bias.fill(0);
    this.#window.fill(0);
    this.#count = 0;
  }
}

export function integrateYaw(rates: NDArray, dt: number, estimator: GyroBiasEstimator): number {
  let yaw = 0;
  for (let i = 0; i < rates.shape[0]; i++) {
    const corrected = estimator.correct(rates.slice(i));
    yaw += corrected.get(2) * dt;
  }
  return yaw;
}

const estimator = new GyroBiasEstimator(8, 0.2);
for (let k = 0; k < 10; k++) {
  const gyro = array([0.011 + 0.001 * Math.sin(k), -0.004, 0.02 + 0.002 * Math.cos(k)]);
  const accel = array([0.05, -0.02, GRAVITY + 0.01 * Math.sin(k)]);
  estimator.addSample(gyro, accel);
  console.log("bias step:", estimator.update().toExponential(2));
}
console.log("bias:", estimator.bias.tolist());

const rates = array([[0.01, 0.0, 0.12], [0.012, -0.004, 0.1], [0.011, -0.005, 0.08]]);
console.log("yaw after 0.3 s:", integrateYaw(rates, 0.1, estimator).toFixed(4));

const attitude = array([0.98, 0.01, -0.02, 0.2]);
const unit = normalizedQuaternion(attitude);
console.log("yaw:", yawFromQuaternion(unit).toFixed(4), "raw norm:", quatNorm(attitude).toFixed(4));
renormalizeInPlace(attitude);
console.log("norm after renormalising:", normalizeQuaternion(attitude).toFixed(4), attitude.tolist());
estimator.reset();
