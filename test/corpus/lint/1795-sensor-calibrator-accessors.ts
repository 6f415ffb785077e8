// Per-channel sensor calibration: a calibrator keeps a private reading history, hands out centred readings through getters and takes its reference frame through a setter.
// runnable
import { array, ones, zeros, NDArray } from "ndalias";

class Calibrator {
  #readings: NDArray;
  #offsets: NDArray;
  #gains: NDArray;
  #reference: NDArray | null = null;
  #rows = 0;

  constructor(channels: number, depth: number) {
    this.#readings = zeros([depth, channels]);
    this.#offsets = zeros(channels);
    this.#gains = ones(channels);
  }

  get channels(): number {
    return this.#offsets.size;
  }

  get depth(): number {
    return this.#readings.shape[0];
  }

  get filled(): number {
    return this.#rows;
  }

  set reference(frame: NDArray) {
    this.#reference = frame;
  }

  get reference(): NDArray {
    if (this.#reference === null) {
      throw new Error("calibrator has no reference frame");
    }
    return this.#reference;
  }

  record(sample: NDArray): void {
    if (this.#rows >= this.depth) {
      throw new RangeError(`history is full (${this.#rows} of ${this.depth} rows)`);
    }
    this.#readings.assign(`${this.#rows}`, sample);
    this.#rows += 1;
  }

  setGain(channel: number, gain: number): void {
    this.#gains.set(channel, gain);
  }

  fitOffsets(): void {
    const means = this.meanReading;
    const ref = this.reference;
    this.#offsets.assign(":", means.sub(ref));
  }

  get meanReading(): NDArray {
    if (this.#rows === 0) {
      return zeros(this.channels);
    }
    const total = this.#readings.slice(0).copy();
    for (let r = 1; r < this.#rows; r++) {
      total.iadd(this.#readings.slice(r));
    }
    return total.idiv(this.#rows);
  }

  get history(): NDArray {
    return this.#readings.slice(`:${this.#rows}`);
  }

  get latestRaw(): NDArray {
    return this.#readings.slice(this.#rows - 1).copy();
  }

  get latestCentred(): NDArray {
    const latest = this.#readings.slice(this.#rows - 1);
    latest.isub(this.#offsets); // expect: no-view-mutation
    return latest.mul(this.#gains);
  }

  get latestScaled(): NDArray {
    const scaled = this.latestRaw.sub(this.#offsets);
    scaled.imul(this.#gains);
    return scaled;
  }

  drift(): number {
    const latest = this.latestRaw;
    return latest.sub(this.reference).max();
  }

  describe(): string {
    const offsets = this.#offsets.tolist() as number[];
    return `${this.filled}/${this.depth} rows, offsets ${offsets.map((v) => v.toFixed(3)).join(", ")}`;
  }
}

const cal = new Calibrator(3, 4);
const baseline = array([0.02, -0.01, 0.03]);
cal.reference = baseline;

cal.record(array([0.05, 0.01, 0.02]));
cal.record(array([0.04, 0.0, 0.05]));
cal.record(array([0.06, -0.02, 0.04]));
cal.fitOffsets();
cal.setGain(2, 1.5);
console.log("calibrator:", cal.describe());

console.log("scaled latest:", cal.latestScaled.tolist());
console.log("centred latest:", cal.latestCentred.tolist());
console.log("mean reading:", cal.meanReading.tolist());
console.log("drift vs reference:", cal.drift());

// Start the next session from a clean baseline.
baseline.fill(0); // expect: no-alias-mutation
console.log("reference after reset:", cal.reference.tolist());
console.log("history:", cal.history.tolist());
