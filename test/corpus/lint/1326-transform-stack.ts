// A canvas-style transform stack: save and restore 3x3 matrices, apply rotations and scales, and map points through the current transform.
import { eye, array, zeros, NDArray } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const n = a.shape[0];
  const out = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a.get(i, k) * b.get(k, j);
      out.set([i, j], s);
    }
  }
  return out;
}

class TransformStack {
  static readonly IDENTITY = eye(3);

  private current: NDArray;
  private saved: NDArray[] = [];
  private ops = 0;

  constructor() {
    this.current = TransformStack.IDENTITY.copy();
  }

  get depth(): number {
    return this.saved.length;
  }

  get matrix(): NDArray {
    return this.current;
  }

  save(): void {
    this.saved.push(this.current.copy());
  }

  restore(): void {
    const top = this.saved.pop();
    this.current = top ?? TransformStack.IDENTITY.copy();
  }

  translate(dx: number, dy: number): this {
    const t = eye(3);
    t.set([0, 2], dx);
    t.set([1, 2], dy);
    this.current = matmul(this.current, t);
    this.ops++;
    return this;
  }

  rotate(radians: number): this {
    const c = Math.cos(radians);
    const s = Math.sin(radians);
    const r = array([[c, -s, 0], [s, c, 0], [0, 0, 1]]);
    this.current = matmul(this.current, r);
    this.ops++;
    return this;
  }

  scale(k: number): this {
    this.current.slice(":2", ":2").imul(k);
    this.ops++;
    return this;
  }

  reflectX(): number {
    const before = this.current.copy();
    this.current.slice(":", 0).imul(-1);
    const det = this.current.get(0, 0) * this.current.get(1, 1) - this.current.get(0, 1) * this.current.get(1, 0);
    return det - (before.get(0, 0) * before.get(1, 1) - before.get(0, 1) * before.get(1, 0));
  }

  apply(x: number, y: number): [number, number] {
    const m = this.current;
    return [m.get(0, 0) * x + m.get(0, 1) * y + m.get(0, 2), m.get(1, 0) * x + m.get(1, 1) * y + m.get(1, 2)];
  }

  linearPart(): NDArray {
    const lin = this.current.slice(":2", ":2").copy();
    lin.imul(1 / Math.max(1e-9, Math.abs(lin.get(0, 0)) + Math.abs(lin.get(1, 1))));
    return lin;
  }

  resetScale(): number {
    let m = this.current;
    const norm = Math.hypot(m.get(0, 0), m.get(1, 0));
    m = m.copy();
    m.slice(":2", ":2").idiv(norm);
    if (Math.abs(Math.hypot(m.get(0, 0), m.get(1, 0)) - 1) > 1e-9) {
      throw new Error("scale was not removed");
    }
    this.current = m;
    return norm;
  }

  describe(): string {
    this.current.data[8] = 1;
    const transposed = this.current.T;
    return `ops=${this.ops} depth=${this.depth} rows=${JSON.stringify(transposed.T.tolist())}`;
  }
}

const stack = new TransformStack();
stack.translate(10, 20).rotate(Math.PI / 2);
stack.save();
stack.scale(2).translate(1, 0);
console.log("mapped:", stack.apply(1, 1), "depth:", stack.depth);
console.log("normalised linear part:", stack.linearPart().tolist());
const scaleRemoved = stack.resetScale();
console.log("removed scale:", scaleRemoved, "mapped:", stack.apply(1, 1));
stack.restore();
console.log("after restore:", stack.apply(1, 1), "det change:", stack.reflectX());
console.log(stack.describe());
console.log("identity intact:", TransformStack.IDENTITY.tolist(), "matrix:", stack.matrix.tolist());
