// Jacobi relaxation on a rod with double buffers swapped by destructuring, plus a smoothing pass that rebinds its working array.
import { array, zeros, NDArray } from "ndalias";

class DoubleBuffer {
  #front: NDArray;
  #back: NDArray;

  constructor(init: NDArray) {
    this.#front = init.copy();
    this.#back = zeros(init.shape);
  }

  step(): void {
    const n = this.#front.size;
    for (let i = 1; i < n - 1; i++) {
      this.#back.set(i, (this.#front.get(i - 1) + this.#front.get(i + 1)) / 2);
    }
    this.#back.set(0, this.#front.get(0));
    this.#back.set(n - 1, this.#front.get(n - 1));
    [this.#front, this.#back] = [this.#back, this.#front];
  }

  snapshot(): NDArray {
    return this.#front.copy();
  }
}

const rod = array([100, 0, 0, 0, 0, 0, 50]);
const solver = new DoubleBuffer(rod);
for (let it = 0; it < 20; it++) solver.step();
console.log("temperature:", solver.snapshot().tolist(), "initial:", rod.tolist());

// Smoothing with a working name that is rebound before any write
const raw = array([3, 9, 4, 7, 5, 8]);
let work = raw;
console.log("raw mean:", work.mean());
work = work.sub(work.mean());
work.imul(2);
console.log("centred x2:", work.tolist(), "raw:", raw.tolist());

// Ping-pong buffers in a loop
let cur = array([1, 4, 9, 16]);
let nxt = zeros(4);
for (let pass = 0; pass < 3; pass++) {
  nxt.assign(":", cur.mul(0.5));
  nxt.iadd(1);
  [cur, nxt] = [nxt, cur];
}
console.log("after passes:", cur.tolist(), "scratch:", nxt.sum());

let scaled = raw.copy();
scaled.imul(10);
scaled = scaled.add(raw);
console.log("scaled:", scaled.tolist(), "raw total:", raw.sum());
