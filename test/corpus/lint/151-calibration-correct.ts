// Magnetometer calibration: corrections return new arrays, an in-place helper documents the parameter it writes, a void event handler updates the caller's buffer, and views are named after edits.
import { array, zeros, NDArray } from "ndalias";

/**
 * Subtracts the hard-iron bias from every row of `samples` in place.
 * @ndalias write samples
 */
function removeBiasInPlace(samples: NDArray, bias: NDArray): NDArray {
  for (let i = 0; i < samples.shape[0]; i++) {
    samples.assign(i, samples.slice(i).sub(bias));
  }
  return samples;
}

class MagCalibrator {
  private bias = zeros(3);
  private scale = array([1, 1, 1]);
  private samplesSeen = 0;

  fit(samples: NDArray): NDArray {
    const lo = zeros(3);
    const hi = zeros(3);
    for (let j = 0; j < 3; j++) {
      const col = samples.slice(":", j);
      lo.set(j, col.min());
      hi.set(j, col.max());
    }
    this.bias = lo.add(hi).mul(0.5);
    const radius = hi.sub(lo).mul(0.5);
    this.scale = radius.mul(1 / Math.max(1e-9, radius.mean()));
    this.samplesSeen += samples.shape[0];
    return this.bias.copy();
  }

  correct(reading: NDArray): NDArray {
    const out = reading.sub(this.bias);
    out.idiv(this.scale);
    return out;
  }

  onSample = (buffer: NDArray, index: number, reading: NDArray): void => {
    buffer.assign(index, reading);
    this.samplesSeen++;
  };

  get seen(): number {
    return this.samplesSeen;
  }
}

const cal = new MagCalibrator();
const log = zeros([4, 3]);
const readings = [array([30, -5, 12]), array([-10, 25, 8]), array([12, 4, -20]), array([8, -15, 40])];
readings.forEach((r, i) => cal.onSample(log, i, r));

const bias = cal.fit(log);
bias.imul(-1);
console.log("negated bias:", bias.tolist(), "seen:", cal.seen);

const centred = removeBiasInPlace(log.copy(), cal.fit(log));
const firstRow = centred.slice(0);
console.log("centred first:", firstRow.tolist(), "corrected:", cal.correct(readings[0]).tolist());
console.log("raw log kept:", log.get(0, 0));
