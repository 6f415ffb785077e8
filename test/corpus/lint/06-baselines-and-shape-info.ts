// Keeps a frozen baseline closure and a shape-describing wrapper for a signal, then rescales the signal in place.
import { array, NDArray } from "ndalias";

class ShapeInfo {
  constructor(private data: NDArray) {}
  describe(): string {
    return `${this.data.shape.join("x")} ${this.data.dtype}`;
  }
}

function makeSizer(x: NDArray): () => number {
  return () => x.size;
}

function makeBaseline(x: NDArray): () => number {
  const frozen = x.copy();
  return () => frozen.mean();
}

const signal = array([[1, 2], [3, 4]]);
const info = new ShapeInfo(signal);
const sizer = makeSizer(signal);
const baseline = makeBaseline(signal);
signal.imul(2);
signal.isub(signal.mean());
console.log(info.describe(), "elements:", sizer(), "baseline mean:", baseline(), "centred:", signal.tolist());
