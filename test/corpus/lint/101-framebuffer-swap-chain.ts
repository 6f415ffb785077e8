// Renders frames into a double-buffered framebuffer and blurs a scanline with ping-pong buffers swapped by destructuring.
import { array, zeros, NDArray } from "ndalias";

class Framebuffer {
  static readonly CLEAR = 0.1;
  #front: NDArray;
  #back: NDArray;
  #frames = 0;

  constructor(readonly width: number, readonly height: number) {
    this.#front = zeros([height, width]);
    this.#back = zeros([height, width]);
  }

  draw(t: number): void {
    this.#back.fill(Framebuffer.CLEAR);
    for (let y = 0; y < this.height; y++) this.#back.set([y, (t + y) % this.width], 1);
    [this.#front, this.#back] = [this.#back, this.#front];
    this.#frames++;
  }

  get frames(): number {
    return this.#frames;
  }

  brightness(): number {
    return this.#front.mean();
  }
}

function blurScanline(src: NDArray, passes: number): NDArray {
  let cur = src.copy();
  let next = zeros(src.size);
  let k = 0;
  while (k < passes) {
    next.set(0, cur.get(0));
    for (let i = 1; i < cur.size - 1; i++) {
      next.set(i, (cur.get(i - 1) + cur.get(i) + cur.get(i + 1)) / 3);
    }
    next.set(cur.size - 1, cur.get(cur.size - 1));
    [cur, next] = [next, cur];
    k++;
  }
  return cur;
}

const fb = new Framebuffer(4, 3);
for (let t = 0; t < 3; t++) fb.draw(t);
console.log(`frames=${fb.frames} brightness=${fb.brightness().toFixed(3)}`);

const line = array([0, 0, 9, 0, 0, 3]);
const soft = blurScanline(line, 3);
console.log("blurred:", soft.tolist(), "original:", line.tolist());
