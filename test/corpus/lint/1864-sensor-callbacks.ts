// Sensor driver glue: scan and IMU callbacks that clean their buffers in place, plus void helpers that deskew and clip range data.
import { array, zeros, NDArray } from "ndalias";

type ScanHandler = (ranges: NDArray, stamp: number) => void;
type ImuHandler = (sample: NDArray) => void;

const MAX_RANGE = 12;
const RANGE_SCALE = 1.02;

class SensorHub {
  #scanHandlers: ScanHandler[] = [];
  #imuHandlers: ImuHandler[] = [];
  #scansSeen = 0;

  get scansSeen(): number {
    return this.#scansSeen;
  }

  onScan(handler: ScanHandler): void {
    this.#scanHandlers.push(handler);
  }

  onImu(handler: ImuHandler): void {
    this.#imuHandlers.push(handler);
  }

  publishScan(ranges: NDArray, stamp: number): void {
    this.#scansSeen += 1;
    for (const h of this.#scanHandlers) h(ranges, stamp);
  }

  publishImu(sample: NDArray): void {
    for (const h of this.#imuHandlers) h(sample);
  }
}

/** Replaces invalid returns by the maximum range, in place. */
function clipRanges(ranges: NDArray, maxRange: number): void {
  for (let i = 0; i < ranges.size; i++) {
    const r = ranges.get(i);
    if (!Number.isFinite(r) || r > maxRange || r <= 0) ranges.set(i, maxRange);
  }
}

/** Compensates the robot's rotation during the sweep, in place. */
function deskew(ranges: NDArray, yawRate: number, sweepTime: number): void {
  const n = ranges.size;
  for (let i = 0; i < n; i++) {
    const t = (i / n) * sweepTime;
    ranges.set(i, ranges.get(i) * (1 + 0.01 * yawRate * t));
  }
}

/** Zeroes the beams hidden by the robot's own mast, in place. */
function maskMast(ranges: NDArray, from: number, to: number): void {
  const hidden = ranges.slice(`${from}:${to}`);
  hidden.fill(0);
}

const hub = new SensorHub();
const yawRate = 0.4;
const latestStats = zeros(3);

hub.onScan((ranges) => {
  clipRanges(ranges, MAX_RANGE);
  deskew(ranges, yawRate, 0.1);
  maskMast(ranges, 6, 8);
});

hub.onScan((ranges, stamp) => {
  latestStats.set(0, ranges.min());
  latestStats.set(1, ranges.mean());
  latestStats.set(2, stamp);
});

hub.onImu((sample) => {
  sample.slice("0:3").isub(array([0.01, -0.02, 0.005]));
  sample.imul(1.001);
});

const scans = [
  array([3.2, 3.1, Number.NaN, 2.9, 2.8, 14.0, 2.6, 2.6, 2.7, 2.9, 3.3, -1]),
  array([3.0, 2.9, 2.9, 2.8, 2.7, 2.6, 2.5, 2.5, 2.6, 2.8, 3.1, 3.4]),
];

// Every scan gets the lidar's range calibration factor by a void callback before publishing.
scans.forEach((s) => s.imul(RANGE_SCALE));
scans.forEach((s, k) => {
  hub.publishScan(s, 0.1 * k);
  console.log(`scan ${k}:`, s.tolist(), "stats:", latestStats.tolist());
});

const imuSamples = [array([0.02, 0.01, 9.81, 0.001, 0.0, 0.02]), array([0.03, -0.01, 9.79, 0.002, 0.001, 0.018])];
for (const sample of imuSamples) {
  hub.publishImu(sample);
  console.log("imu:", sample.tolist());
}

// A local scratch buffer reused for every scan, written and read only through its own name.
const scratch = zeros(12);
for (const s of scans) {
  scratch.assign(":", s);
  scratch.isub(scratch.mean());
  console.log("scan deviation:", scratch.max().toFixed(3));
}
console.log("scans seen:", hub.scansSeen);
