// Buffers IMU channels in an abstract base class, exposes the latest samples through a getter and prints calibrated levels and summaries.
// runnable
import { array, zeros, NDArray } from "ndalias";

abstract class SignalBuffer {
  protected samples: NDArray;
  protected filled = 0;

  constructor(readonly channel: string, capacity: number) {
    this.samples = zeros(capacity);
  }

  push(block: NDArray): void {
    const n = Math.min(block.size, this.samples.size);
    this.samples.slice(`:${n}`).assign(":", block.slice(`:${n}`));
    this.filled = n;
  }

  get recent(): NDArray {
    return this.samples.slice("-3:");
  }

  get capacity(): number {
    return this.samples.size;
  }

  abstract summary(): number;

  abstract calibratedRecent(bias: number): number;

  describe(): string {
    return `${this.channel}: ${this.summary().toFixed(3)} over ${this.filled}/${this.capacity} samples`;
  }
}

class Accelerometer extends SignalBuffer {
  constructor(capacity: number, private readonly gravity: number) {
    super("accel", capacity);
  }

  summary(): number {
    return this.samples.mean() - this.gravity;
  }

  calibratedRecent(bias: number): number {
    const latest = this.recent;
    latest.isub(bias); // expect: no-view-mutation
    return latest.sum() / latest.size;
  }
}

class Gyroscope extends SignalBuffer {
  private drift = 0;

  summary(): number {
    return Math.abs(this.samples.max() - this.samples.min());
  }

  calibratedRecent(bias: number): number {
    const latest = this.recent.copy();
    latest.isub(bias + this.drift);
    return latest.mean();
  }

  trackDrift(rate: number): void {
    this.drift += rate;
    this.samples.isub(rate);
  }
}

class Barometer extends SignalBuffer {
  constructor(capacity: number, private readonly seaLevel: number) {
    super("baro", capacity);
  }

  summary(): number {
    const mean = this.samples.mean();
    return 44330 * (1 - Math.pow(mean / this.seaLevel, 1 / 5.255));
  }

  calibratedRecent(bias: number): number {
    const latest = this.recent;
    return latest.mean() - bias;
  }
}

function peakToPeak(buf: SignalBuffer): number {
  const window = buf.recent;
  return window.max() - window.min();
}

function printReport(buffers: SignalBuffer[]): void {
  for (const b of buffers) {
    console.log(b.describe(), "p2p:", peakToPeak(b).toFixed(3));
  }
}

function calibrateAll(buffers: SignalBuffer[], biases: number[]): number[] {
  return buffers.map((b, i) => b.calibratedRecent(biases[i]));
}

const accel = new Accelerometer(6, 9.81);
const gyro = new Gyroscope("gyro", 6);
const baro = new Barometer(6, 1013.25);

accel.push(array([9.7, 9.9, 9.8, 10.1, 9.6, 9.85]));
gyro.push(array([0.02, -0.01, 0.03, 0.05, 0.01, -0.02]));
baro.push(array([1001.2, 1001.1, 1000.9, 1001.0, 1000.8, 1000.7]));

const levels = calibrateAll([accel, gyro, baro], [0.05, 0.01, 0.3]);
gyro.trackDrift(0.002);

console.log("calibrated recent levels:", levels.map((v) => v.toFixed(4)).join(", "));
printReport([accel, gyro, baro]);
