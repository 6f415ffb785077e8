// Servo calibration for a robot hand: calibrators keep gain tables updated in place, and fingers keep a pointer to their neighbour finger.
import { array, ones, NDArray } from "ndalias";

const CALIBRATION_LOG = ones(4);

abstract class Calibrator {
  protected gains: NDArray;

  protected constructor(channels: number) {
    this.gains = ones(channels);
  }

  abstract update(measured: NDArray, target: NDArray): number;

  gainTable(): number[] {
    return this.gains.tolist() as number[];
  }
}

class ProportionalCalibrator extends Calibrator {
  constructor(channels: number, private readonly rate: number) {
    super(channels);
  }

  update(measured: NDArray, target: NDArray): number {
    const error = target.sub(measured);
    this.gains.iadd(error.mul(this.rate));
    CALIBRATION_LOG.set(0, error.mean());
    return error.mul(error).sum();
  }
}

class ResettingCalibrator extends ProportionalCalibrator {
  override update(measured: NDArray, target: NDArray): number {
    const residual = super.update(measured, target);
    if (residual > 1) {
      this.gains = ones(this.gains.size);
      this.gains.imul(0.9);
    }
    CALIBRATION_LOG.imul(0.5);
    return residual;
  }
}

class Finger {
  neighbour: Finger | null = null;
  constructor(readonly name: string, readonly channel: number) {}
}

function linkFingers(a: Finger, b: Finger): void {
  a.neighbour = b;
  b.neighbour = a;
}

const index = new Finger("index", 0);
const middle = new Finger("middle", 1);
linkFingers(index, middle);

const calibrators: Calibrator[] = [new ProportionalCalibrator(2, 0.5), new ResettingCalibrator(2, 0.5)];
const measured = array([0.8, 1.3]);
const target = array([1.0, 1.0]);
for (const c of calibrators) {
  console.log("residual:", c.update(measured, target), "gains:", c.gainTable());
}
console.log(`${index.name} neighbours ${index.neighbour?.name}; log ${JSON.stringify(CALIBRATION_LOG.tolist())}`);
