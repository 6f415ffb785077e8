// Preprocessing helpers in the NumPy "out=" style: functions that return nothing and modify their argument, applied to a batch.
import { array, zeros, NDArray } from "ndalias";

// Returns nothing: the caller hands over v so that it gets normalised.
function normalizeInPlace(v: NDArray): void {
  const total = v.sum();
  if (total !== 0) v.idiv(total);
}

// Zero the border of an image. Writing through views of img is the point here.
function zeroBorder(img: NDArray): void {
  img.slice(0).fill(0);
  img.slice(-1).fill(0);
  const left = img.slice(":", 0);
  const right = img.slice(":", -1);
  left.fill(0);
  right.fill(0);
}

// Accumulate a gradient into a buffer the caller owns.
function accumulate(into: NDArray, grad: NDArray): void {
  into.iadd(grad);
}

// Method that updates the object's own field and reports a value.
class RunningTotal {
  total = zeros(3);
  count = 0;
  update(x: NDArray): number {
    this.total.iadd(x);
    this.count += 1;
    return this.total.sum() / this.count;
  }
}

const image = array([
  [9, 9, 9, 9],
  [9, 5, 6, 9],
  [9, 7, 8, 9],
  [9, 9, 9, 9],
]);
zeroBorder(image);
console.log("interior only:", image.tolist());

const weights = array([2, 3, 5]);
normalizeInPlace(weights);
console.log("normalised weights:", weights.tolist());

const gradBuffer = zeros(3);
accumulate(gradBuffer, array([0.1, 0.2, 0.3]));
accumulate(gradBuffer, array([0.1, 0.1, 0.1]));
console.log("accumulated gradient:", gradBuffer.tolist());

// forEach callbacks return nothing, so scaling each row in them is intended.
const rows = [array([1, 2, 3]), array([4, 5, 6])];
rows.forEach((row) => row.imul(2));
rows.forEach((row, i) => {
  row.iadd(i);
});
console.log("rows:", rows.map((r) => r.tolist()));

const tracker = new RunningTotal();
console.log("running mean:", tracker.update(rows[0]), tracker.update(rows[1]));
