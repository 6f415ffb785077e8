// IMU calibration service: it adopts the caller's offset vector, corrects raw readings through a local name of the parameter, and drifts its offsets through a local alias of the field.
// runnable
import { array, ones, NDArray } from "ndalias";

class CalibrationService {
  private offsets: NDArray;
  private gain: NDArray;
  private corrections = 0;

  constructor(axes: number) {
    this.offsets = array(new Array<number>(axes).fill(0));
    this.gain = ones(axes);
  }

  setOffsets(offsets: NDArray): void {
    this.offsets = offsets;
  }

  calibrate(raw: NDArray): NDArray {
    const corrected = raw;
    corrected.isub(this.offsets); // expect: no-alias-mutation
    this.corrections++;
    return corrected.mul(this.gain);
  }

  applyDrift(driftPerHour: NDArray, hours: number): number {
    const off = this.offsets;
    off.iadd(driftPerHour.mul(hours)); // expect: no-alias-mutation
    return off.sum();
  }

  resetGain(): void {
    const gains = this.gain.astype("float32");
    gains.fill(1); // expect: no-lost-write
  }

  setGain(axis: number, value: number): void {
    this.gain.set(axis, value);
  }

  report(): string {
    return `offsets=${JSON.stringify(this.offsets.tolist())} gain=${JSON.stringify(this.gain.tolist())} n=${this.corrections}`;
  }
}

const service = new CalibrationService(3);
const factoryOffsets = array([0.02, -0.01, 0.05]);
service.setOffsets(factoryOffsets.copy());
service.setGain(2, 1.1);

const reading = array([9.83, 0.12, -0.07]);
const corrected = service.calibrate(reading);
console.log("corrected:", corrected.tolist(), "raw log:", reading.tolist());

console.log("drifted offset sum:", service.applyDrift(array([0.001, 0.001, 0.0]), 24).toFixed(4));
service.resetGain();
console.log(service.report(), "factory:", factoryOffsets.tolist());
