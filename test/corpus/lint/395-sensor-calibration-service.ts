// Calibration service for a multi-channel sensor rig: buffers raw frames, tracks per-channel offsets and gains, and reports calibrated levels.
// runnable
import { array, zeros, ones, NDArray } from "ndalias";

interface ChannelReport {
  channel: number;
  mean: number;
  peak: number;
}

interface CalibrationOptions {
  capacity: number;
  gainTarget: number;
}

class CalibrationService {
  private frames: NDArray;
  private offsets: NDArray;
  private gains: NDArray;
  private readonly snapshots = new Map<string, NDArray>();
  private readonly counters = new Map<string, number>();
  private frameCount = 0;
  private disposed = false;

  constructor(private readonly channels: number, private readonly options: CalibrationOptions) {
    this.frames = zeros([options.capacity, channels]);
    this.offsets = zeros(channels);
    this.gains = ones(channels);
  }

  static fromReference(reference: number[][], options: CalibrationOptions): CalibrationService {
    const service = new CalibrationService(reference[0].length, options);
    service.init(array(reference));
    return service;
  }

  static columnMeans(table: NDArray): NDArray {
    const means = zeros(table.shape[1]);
    for (let c = 0; c < table.shape[1]; c++) {
      means.set(c, table.slice(":", c).mean());
    }
    return means;
  }

  static rms(values: NDArray): number {
    return Math.sqrt(values.mul(values).mean());
  }

  get count(): number {
    return this.frameCount;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  init(reference: NDArray): void {
    const means = CalibrationService.columnMeans(reference);
    this.offsets.assign(":", means);
    this.gains.fill(1);
    this.frameCount = 0;
    this.bump("init");
  }

  private bump(counter: string): void {
    this.counters.set(counter, (this.counters.get(counter) ?? 0) + 1);
  }

  private activeFrames(): NDArray {
    return this.frames.slice(`0:${Math.max(this.frameCount, 1)}`);
  }

  push(frame: NDArray): void {
    if (this.frameCount >= this.options.capacity) {
      this.rollOver();
    }
    this.frames.assign(`${this.frameCount}`, frame);
    this.frameCount++;
    this.bump("push");
  }

  private rollOver(): void {
    const keep = Math.floor(this.options.capacity / 2);
    const newest = this.frames.slice(`${this.options.capacity - keep}:`).copy();
    this.frames.fill(0);
    this.frames.assign(`0:${keep}`, newest);
    this.frameCount = keep;
    this.bump("rollover");
  }

  calibratedChannel(channel: number): ChannelReport {
    const column = this.frames.slice(`0:${this.frameCount}`, channel);
    column.isub(this.offsets.get(channel)); // expect: no-view-mutation
    const scaled = column.mul(this.gains.get(channel));
    return { channel, mean: scaled.mean(), peak: scaled.max() };
  }

  medianLevel(channel: number): number {
    const column = this.frames.slice(`0:${this.frameCount}`, channel);
    const ordered = column.copy();
    ordered.sort(); // expect: no-lost-write
    return column.get(Math.floor(column.size / 2));
  }

  summary(): ChannelReport[] {
    const active = this.activeFrames();
    const reports: ChannelReport[] = [];
    for (let c = 0; c < this.channels; c++) {
      const raw = active.slice(":", c);
      reports.push({ channel: c, mean: raw.mean(), peak: raw.max() });
    }
    return reports;
  }

  exportCalibrated(): NDArray {
    const out = this.activeFrames().copy();
    out.isub(this.offsets);
    out.imul(this.gains);
    return out;
  }

  autoGain(): void {
    const calibrated = this.exportCalibrated();
    for (let c = 0; c < this.channels; c++) {
      const level = CalibrationService.rms(calibrated.slice(":", c));
      if (level > 0) {
        this.gains.set(c, this.gains.get(c) * (this.options.gainTarget / level));
      }
    }
    this.bump("autogain");
  }

  recalibrate(drift: NDArray): number {
    const previous = this.offsets;
    this.offsets.iadd(drift); // expect: no-alias-mutation
    const shift = this.offsets.sub(previous);
    return Math.sqrt(shift.mul(shift).sum());
  }

  snapshot(name: string): void {
    this.snapshots.set(name, this.offsets.copy());
  }

  restore(name: string): boolean {
    const saved = this.snapshots.get(name);
    if (!saved) {
      return false;
    }
    this.offsets = saved.copy();
    return true;
  }

  stats(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }

  reset(): void {
    this.frames.fill(0);
    this.gains.fill(1);
    this.frameCount = 0;
  }

  dispose(): void {
    if (this.disposed) return;
    for (const saved of this.snapshots.values()) {
      saved.dispose();
    }
    this.snapshots.clear();
    this.frames.dispose();
    this.offsets.dispose();
    this.gains.dispose();
    this.disposed = true;
  }
}

const service = CalibrationService.fromReference(
  [
    [0.1, 0.2, 0.3],
    [0.2, 0.1, 0.4],
    [0.15, 0.15, 0.35],
  ],
  { capacity: 8, gainTarget: 1.0 },
);

for (let i = 0; i < 10; i++) {
  service.push(array([1 + i * 0.1, 2 - i * 0.05, 0.5 * i]));
}
service.snapshot("baseline");

console.log("channel 1:", service.calibratedChannel(1));
console.log("raw summary:", service.summary());
console.log("median of channel 0:", service.medianLevel(0));
console.log("drift applied:", service.recalibrate(array([0.01, -0.02, 0.03])));
service.autoGain();
console.log("calibrated export:", service.exportCalibrated().tolist());
console.log("restored:", service.restore("baseline"), "counters:", service.stats());
service.reset();
service.dispose();
console.log("disposed:", service.isDisposed);
