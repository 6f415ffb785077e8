// Pan/zoom controller internals: tracks axis limits of a line, rebases the y data on the visible window and reports visible points.
import { array, arange, NDArray } from "ndalias";

interface Limits {
  x: [number, number];
  y: [number, number];
}

class PanZoomLine {
  readonly x: NDArray;
  readonly y: NDArray;
  private limits: Limits;
  private history: Limits[] = [];

  constructor(x: NDArray, y: NDArray) {
    this.x = x;
    this.y = y;
    this.limits = { x: [x.min(), x.max()], y: [y.min(), y.max()] };
  }

  private visibleRange(): [number, number] {
    let i0 = 0;
    let i1 = this.x.size;
    while (i0 < i1 && this.x.get(i0) < this.limits.x[0]) i0++;
    while (i1 > i0 && this.x.get(i1 - 1) > this.limits.x[1]) i1--;
    return [i0, i1];
  }

  zoom(center: number, factor: number): void {
    this.history.push({ ...this.limits });
    const [x0, x1] = this.limits.x;
    const half = ((x1 - x0) / 2) * factor;
    this.limits = { ...this.limits, x: [center - half, center + half] };
  }

  pan(dx: number): void {
    this.history.push({ ...this.limits });
    const [x0, x1] = this.limits.x;
    this.limits = { ...this.limits, x: [x0 + dx, x1 + dx] };
  }

  undo(): void {
    const previous = this.history.pop();
    if (previous) this.limits = previous;
  }

  rebaseToWindow(): number {
    const [i0, i1] = this.visibleRange();
    const visible = this.y.slice(`${i0}:${i1}`);
    const baseline = visible.min();
    this.y.isub(baseline);
    this.limits = { ...this.limits, y: [this.y.min(), this.y.max()] };
    return baseline;
  }

  maskBeforeWindow(): void {
    const [i0] = this.visibleRange();
    if (i0 > 0) this.y.slice(`:${i0}`).fill(NaN);
  }

  visiblePoints(): NDArray {
    const [i0, i1] = this.visibleRange();
    const idx: number[] = [];
    for (let i = i0; i < i1; i++) idx.push(i);
    return this.y.take(idx);
  }

  describe(): string {
    const { x, y } = this.limits;
    return `x ${x.map((v) => v.toFixed(1)).join("..")} y ${y.map((v) => v.toFixed(2)).join("..")}`;
  }
}

const cpu = new PanZoomLine(
  arange(0, 12),
  array([0.31, 0.35, 0.42, 0.44, 0.61, 0.72, 0.69, 0.58, 0.47, 0.4, 0.38, 0.33]),
);
console.log("initial:", cpu.describe());
cpu.zoom(6, 0.5);
cpu.pan(1);
console.log("after zoom+pan:", cpu.describe());
console.log("visible:", cpu.visiblePoints().tolist());

const offset = cpu.rebaseToWindow();
console.log(`rebased by ${offset.toFixed(2)}:`, cpu.describe());
cpu.maskBeforeWindow();
cpu.undo();
console.log("after undo:", cpu.describe(), "first points:", cpu.y.slice(":5").tolist());

const memory = array([2.1, 2.3, 2.2, 2.8, 3.4, 3.1]);
const firstHalf = memory.slice(":3");
console.log("first-half average (GiB):", firstHalf.mean().toFixed(2));
memory.imul(1024);
console.log("memory series (MiB):", memory.tolist());
