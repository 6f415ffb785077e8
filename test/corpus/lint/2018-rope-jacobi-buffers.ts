// Relaxes a stretched rope of particles toward its rest spacing with double-buffered Jacobi passes and prints offsets and tension.
import { linspace, zeros, NDArray } from "ndalias";

class Rope {
  private constructor(
    public x: NDArray,
    public readonly rest: number,
  ) {}

  static stretched(n: number, rest: number, stretch: number): Rope {
    return new Rope(linspace(0, (n - 1) * rest * stretch, n), rest);
  }

  static slack(n: number, rest: number): Rope {
    const x = linspace(0, (n - 1) * rest, n);
    x.imul(0.8);
    return new Rope(x, rest);
  }

  get length(): number {
    return this.x.get(this.x.size - 1) - this.x.get(0);
  }
}

function jacobiRelax(rope: Rope, passes: number, omega: number): NDArray {
  let src = rope.x.copy();
  let dst = zeros(src.size);
  const last = src.size - 1;
  for (let p = 0; p < passes; p++) {
    dst.set(0, src.get(0));
    for (let i = 1; i < last; i++) {
      const mid = 0.5 * (src.get(i - 1) + src.get(i + 1));
      dst.set(i, src.get(i) + omega * (mid - src.get(i)));
    }
    dst.set(last, src.get(last));
    [src, dst] = [dst, src];
  }
  return src;
}

function tension(x: NDArray, rest: number): NDArray {
  const n = x.size - 1;
  const t = zeros(n);
  for (let i = 0; i < n; i++) {
    t.set(i, x.get(i + 1) - x.get(i) - rest);
  }
  return t;
}

function offsetsFromStart(x: NDArray): NDArray {
  let offsets: NDArray = x;
  offsets = offsets.sub(x.get(0));
  offsets.imul(100);
  return offsets;
}

export function pingPong(initial: NDArray, steps: number): NDArray {
  let current = initial.copy();
  let next = initial.copy();
  for (let s = 0; s < steps; s++) {
    next.assign(":", current);
    next.slice("1:-1").imul(0.9);
    [current, next] = [next, current];
  }
  return current;
}

const rope = Rope.stretched(6, 0.5, 1.4);
const relaxed = jacobiRelax(rope, 25, 0.8);

let display: NDArray = rope.x;
display = display.copy();
display.fill(0);
display.slice("::2").fill(1);

let working: NDArray = rope.x;
working = zeros(rope.x.size);
working.iadd(relaxed);
working.isub(rope.x);

const slack = Rope.slack(5, 0.5);
const settled = pingPong(slack.x, 3);

console.log("stretched rope:", rope.x.tolist(), "length:", rope.length);
console.log("relaxed offsets (cm):", offsetsFromStart(relaxed).tolist());
console.log("tension:", tension(relaxed, rope.rest).tolist());
console.log("mask:", display.tolist(), "correction:", working.tolist());
console.log("slack rope:", slack.x.tolist(), "settled:", settled.tolist());
