// Complementary filter for a self-balancing robot: buffers gyro and accelerometer samples, removes bias and fuses tilt.
import { array, zeros, NDArray } from "ndalias";

class MeasurementBuffer {
  private readonly samples: NDArray;
  private count = 0;

  constructor(
    readonly capacity: number,
    readonly channels: number,
  ) {
    this.samples = zeros([capacity, channels]);
  }

  push(sample: NDArray): void {
    const row = this.count % this.capacity;
    this.samples.assign(row, sample);
    this.count++;
  }

  mean(): NDArray {
    const n = Math.min(this.count, this.capacity);
    const acc = zeros(this.channels);
    for (let i = 0; i < n; i++) acc.iadd(this.samples.slice(i));
    acc.idiv(Math.max(n, 1));
    return acc;
  }

  latest(): NDArray {
    const row = (this.count - 1 + this.capacity) % this.capacity;
    return this.samples.slice(row).copy();
  }

  clear(): void {
    this.samples.fill(0);
    this.count = 0;
  }
}

function removeBias(sample: NDArray, bias: NDArray): void {
  sample.isub(bias);
}

function accelTilt(accel: NDArray): number {
  return Math.atan2(accel.get(0), accel.get(2));
}

class ComplementaryFilter {
  angle = 0;
  constructor(private readonly alpha: number) {}

  step(gyroRate: number, accelAngle: number, dt: number): number {
    this.angle = this.alpha * (this.angle + gyroRate * dt) + (1 - this.alpha) * accelAngle;
    return this.angle;
  }
}

const gyroBuf = new MeasurementBuffer(4, 3);
const accelBuf = new MeasurementBuffer(4, 3);
const gyroBias = array([0.012, -0.021, 0.004]);
const filter = new ComplementaryFilter(0.98);

const stream = [
  { gyro: [0.05, 0.31, 0.0], accel: [0.9, 0.05, 9.7] },
  { gyro: [0.04, 0.28, 0.01], accel: [1.1, 0.02, 9.68] },
  { gyro: [0.02, 0.22, 0.0], accel: [1.3, 0.0, 9.65] },
  { gyro: [0.01, 0.15, -0.01], accel: [1.4, -0.01, 9.62] },
  { gyro: [0.0, 0.09, 0.0], accel: [1.45, 0.0, 9.61] },
];

const tilt = zeros(stream.length);
stream.forEach((s, k) => {
  const gyro = array(s.gyro);
  removeBias(gyro, gyroBias);
  gyroBuf.push(gyro);
  const accel = array(s.accel);
  accelBuf.push(accel);
  tilt.set(k, filter.step(gyro.get(1), accelTilt(accel), 0.01));
});

// Inspect the newest accelerometer sample, then normalise it to units of g.
const latestAccel = accelBuf.latest();
const inspected = latestAccel;
console.log("latest accel:", inspected.tolist(), "norm:", Math.sqrt(inspected.mul(inspected).sum()).toFixed(3));
latestAccel.idiv(9.81);
console.log("latest accel (g):", latestAccel.tolist());

// Average gyro rate in degrees per second; the yaw channel is picked out after conversion.
const meanRate = gyroBuf.mean();
meanRate.imul(180 / Math.PI);
const yawRate = meanRate.slice("2:3");
console.log("mean rate (deg/s):", meanRate.tolist(), "yaw:", yawRate.get(0).toFixed(3));

// Tilt in degrees for the dashboard, and a separate residual buffer that never touches the tilt trace.
const tiltDeg = tilt.mul(180 / Math.PI);
tiltDeg.isub(tiltDeg.mean());
const residual = zeros(stream.length);
residual.assign(":", tilt);
residual.isub(filter.angle);
console.log("tilt (rad):", tilt.tolist());
console.log("tilt deviation (deg):", tiltDeg.tolist(), "residual:", residual.tolist());

gyroBuf.clear();
accelBuf.clear();
