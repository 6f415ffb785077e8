// Builds augmented variants of a training patch: a flipped-colour subset via take, a jittered flat copy and a contrast-stretched difference.
// runnable
import { array, NDArray } from "ndalias";

function jitter(x: NDArray, amount: number): void {
  for (let i = 0; i < x.size; i++) x.set(i, x.get(i) + (i % 2 === 0 ? amount : -amount));
}

const patch = array([[0.2, 0.4, 0.6], [0.8, 0.5, 0.3]]);
const background = array([[0.1, 0.1, 0.1], [0.2, 0.2, 0.2]]);

const firstCols = patch.take([0, 1], 1);
firstCols.imul(-1);
console.log("inverted columns:", firstCols.tolist());

patch.take([2], 1).fill(1); // expect: no-lost-write

const flat = patch.flatten();
jitter(flat, 0.01);
console.log("jittered flat:", flat.tolist());

const foreground = patch.sub(background);
foreground.imul(2); // expect: no-lost-write

const stretched = patch.mul(1.5);
stretched.isub(0.1);
console.log("stretched max:", stretched.max());
console.log("patch used for training:", patch.tolist());
