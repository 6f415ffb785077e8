// Runs a calibration step that borrows the shared accumulator as scratch inside try/finally and logs the accumulator in the finally block.
import { zeros, array, NDArray } from "ndalias";

class Calibrator {
  accum: NDArray;
  steps = 0;
  constructor(n: number) {
    this.accum = zeros(n);
  }
  addSample(sample: NDArray): number {
    this.accum.iadd(sample);
    this.steps++;
    return this.accum.mean();
  }
  residual(target: NDArray): number {
    const scratch = this.accum;
    try {
      scratch.isub(target.mul(this.steps)); // expect: no-alias-mutation
      return scratch.mul(scratch).sum();
    } finally {
      console.log("accumulator after residual:", this.accum.tolist());
    }
  }
  average(): NDArray {
    const avg = this.accum.copy();
    try {
      avg.idiv(Math.max(1, this.steps));
    } finally {
      this.steps = Math.max(this.steps, 1);
    }
    return avg;
  }
}

const cal = new Calibrator(3);
cal.addSample(array([1.0, 2.1, 2.9]));
cal.addSample(array([1.1, 1.9, 3.1]));
console.log("average:", cal.average().tolist());
console.log("residual:", cal.residual(array([1, 2, 3])));
