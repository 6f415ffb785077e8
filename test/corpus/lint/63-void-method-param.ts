// An image preprocessor whose void methods normalise and pad frames handed to them, applied to two frames.
import { array, NDArray } from "ndalias";

class Preprocessor {
  constructor(readonly mean: number, readonly std: number) {}
  normalise(frame: NDArray): void {
    frame.isub(this.mean);
    frame.idiv(this.std);
  }
  zeroBorder(frame: NDArray): void {
    frame.slice(0).fill(0);
    frame.slice(-1).fill(0);
    const left = frame.slice(":", 0);
    left.fill(0);
  }
}

const pre = new Preprocessor(128, 64);
const frames = [array([[100, 150, 200], [50, 128, 255], [0, 64, 192]]), array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])];
for (const f of frames) {
  pre.normalise(f);
  pre.zeroBorder(f);
  console.log("frame:", f.tolist());
}
