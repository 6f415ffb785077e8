// A training monitor tries to reset its loss history and to quantise its weights for export, but writes into copies it never reads.
import { array, zeros, NDArray } from "ndalias";

class Monitor {
  history: NDArray;
  weights: NDArray;
  private cursor = 0;
  constructor(n: number, weights: NDArray) {
    this.history = zeros(n);
    this.weights = weights;
  }
  log(loss: number): void {
    this.history.set(this.cursor % this.history.size, loss);
    this.cursor++;
  }
  reset(): number {
    const old = this.history.mean();
    this.history.copy().fill(0); // expect: no-lost-write
    this.cursor = 0;
    return old;
  }
  quantised(): NDArray {
    const q = this.weights.astype("int32");
    return q;
  }
  prepareExport(scale: number): string {
    const scaled = this.weights.astype("float32");
    scaled.imul(scale); // expect: no-lost-write
    return JSON.stringify(this.quantised().tolist());
  }
}

const mon = new Monitor(4, array([0.4, -1.7, 2.2]));
[0.9, 0.7, 0.55, 0.5, 0.48].forEach((l) => mon.log(l));
console.log("mean loss before reset:", mon.reset());
console.log("history after reset:", mon.history.tolist());
console.log("export:", mon.prepareExport(100));

const residuals = mon.weights.sub(array([0.5, -1.5, 2.0]));
const squared = residuals.mul(residuals);
squared.isub(0.01);
console.log("penalised squared residuals:", squared.sum());
