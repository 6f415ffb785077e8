// Constant-velocity Kalman filter for a wheel encoder: predicts position and velocity, fuses position fixes and reports innovations.
import { array, eye, zeros, NDArray } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const n = a.shape[0];
  const inner = a.shape[1];
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let acc = 0;
      for (let p = 0; p < inner; p++) acc += a.get(i, p) * b.get(p, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function matvec(a: NDArray, v: NDArray): NDArray {
  const out = zeros(a.shape[0]);
  for (let i = 0; i < a.shape[0]; i++) {
    let acc = 0;
    for (let j = 0; j < v.size; j++) acc += a.get(i, j) * v.get(j);
    out.set(i, acc);
  }
  return out;
}

interface FilterSnapshot {
  x: NDArray;
  P: NDArray;
}

export class EncoderKalman {
  x: NDArray;
  P: NDArray;
  readonly innovations: number[] = [];

  constructor(initialPosition: number, private readonly q: number, private readonly r: number) {
    this.x = array([initialPosition, 0]);
    this.P = eye(2);
    this.P.imul(10);
  }

  predict(dt: number): void {
    const F = array([[1, dt], [0, 1]]);
    this.x = matvec(F, this.x);
    this.P = matmul(matmul(F, this.P), F.T);
    const Q = array([
      [dt ** 4 / 4, dt ** 3 / 2],
      [dt ** 3 / 2, dt ** 2],
    ]);
    Q.imul(this.q);
    this.P.iadd(Q);
  }

  gainPreview(): NDArray {
    const preview = this.P.slice(":", 0).copy();
    preview.idiv(this.P.get(0, 0) + this.r);
    return preview;
  }

  update(z: number): number {
    const innovation = z - this.x.get(0);
    const s = this.P.get(0, 0) + this.r;
    const gain = this.P.slice(":", 0);
    gain.idiv(s); // expect: no-view-mutation
    this.x.iadd(gain.mul(innovation));

    const p00 = this.P.get(0, 0);
    const p01 = this.P.get(0, 1);
    const k0 = gain.get(0);
    const k1 = gain.get(1);
    this.P = this.P.sub(array([
      [k0 * p00, k0 * p01],
      [k1 * p00, k1 * p01],
    ]));

    const symmetric = this.P.add(this.P.T);
    symmetric.imul(0.5); // expect: no-lost-write

    this.innovations.push(innovation);
    return innovation;
  }

  snapshot(): FilterSnapshot {
    return { x: this.x.copy(), P: this.P.copy() };
  }

  restore(saved: FilterSnapshot): void {
    this.x = saved.x.copy();
    this.P = saved.P.copy();
  }

  positionStd(): number {
    return Math.sqrt(this.P.get(0, 0));
  }
}

function rms(values: number[]): number {
  if (values.length === 0) return 0;
  return Math.sqrt(values.reduce((acc, v) => acc + v * v, 0) / values.length);
}

const filter = new EncoderKalman(0, 0.05, 0.04);
const fixes = array([0.11, 0.19, 0.32, 0.41, 0.48, 0.62, 0.7, 0.83]);
const gate = 0.5;

for (let i = 0; i < fixes.size; i++) {
  filter.predict(0.1);
  const before = filter.snapshot();
  const preview = filter.gainPreview();
  const nu = filter.update(fixes.get(i));
  if (Math.abs(nu) > gate) {
    console.warn(`fix ${i} rejected (innovation ${nu.toFixed(3)}), gain would be`, preview.tolist());
    filter.restore(before);
  }
}

console.log("state:", filter.x.tolist());
console.log("covariance:", filter.P.tolist());
console.log("position std:", filter.positionStd().toFixed(4));
console.log("innovation rms:", rms(filter.innovations).toFixed(4));
