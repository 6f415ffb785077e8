// Sensor calibration: factory offsets live in a static field, live gains are exposed through a getter, and two boards are calibrated.
import { array, NDArray } from "ndalias";

class Calibrator {
  static DEFAULT_OFFSETS = array([0.02, -0.01, 0.03]);
  #gains: NDArray;
  readonly offsets: NDArray;

  constructor(gains: NDArray, offsets?: NDArray) {
    this.#gains = gains;
    this.offsets = offsets ?? Calibrator.DEFAULT_OFFSETS;
  }

  get gains(): NDArray {
    return this.#gains;
  }

  apply(raw: NDArray): NDArray {
    return raw.sub(this.offsets).mul(this.#gains);
  }

  retune(factor: number): number {
    this.#gains.imul(factor);
    return this.#gains.mean();
  }
}

const raw = array([1.1, 0.95, 1.2]);

const cal = new Calibrator(array([1.0, 0.98, 1.03]));
console.log("calibrated:", cal.apply(raw).tolist());
console.log("mean gain after retune:", cal.retune(1.01));

// what-if: how would the output look with a unit gain on channel 1?
const trialGains = cal.gains;
trialGains.set(1, 1.0); // expect: no-alias-mutation
console.log("what-if output:", raw.sub(cal.offsets).mul(trialGains).tolist());
console.log("gains in production:", cal.gains.tolist());

// a second board runs slightly warmer than the factory default
const boardOffsets = Calibrator.DEFAULT_OFFSETS;
boardOffsets.iadd(0.01); // expect: no-alias-mutation
const board = new Calibrator(array([1, 1, 1]), boardOffsets);
console.log("board output:", board.apply(raw).tolist());
console.log("factory offsets:", Calibrator.DEFAULT_OFFSETS.tolist());

// a third board gets its own offsets, copied from the factory values
const ownOffsets = Calibrator.DEFAULT_OFFSETS.copy();
ownOffsets.isub(0.005);
const spare = new Calibrator(array([0.99, 1.0, 1.01]), ownOffsets);
console.log("spare output:", spare.apply(raw).tolist());
