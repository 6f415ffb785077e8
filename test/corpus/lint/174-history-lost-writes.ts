// Training-history utilities: resets and boosts are applied to fresh copies (flatten, take) that are then dropped, so the recorded history never changes.
import { array, zeros, NDArray } from "ndalias";

class History {
  readonly losses: NDArray;
  readonly grid: NDArray;
  private cursor = 0;

  constructor(capacity: number) {
    this.losses = zeros(capacity);
    this.grid = zeros([2, capacity / 2]);
  }

  record(loss: number): this {
    this.losses.set(this.cursor % this.losses.size, loss);
    this.grid.set([this.cursor % 2, Math.floor(this.cursor / 2) % this.grid.shape[1]], loss);
    this.cursor++;
    return this;
  }

  best(): number {
    return this.losses.min();
  }
}

function resetGrid(h: History): void {
  const flat = h.grid.flatten();
  flat.fill(0); // expect: no-lost-write
}

function boostWorst(h: History, k: number): number {
  const order: number[] = [];
  for (let i = 0; i < h.losses.size; i++) order.push(i);
  order.sort((a, b) => h.losses.get(b) - h.losses.get(a));
  const worst = order.slice(0, k);
  h.losses.take(worst).imul(1.1); // expect: no-lost-write
  return h.losses.max();
}

function smoothed(h: History, alpha: number): NDArray {
  const out = h.losses.copy();
  for (let i = 1; i < out.size; i++) out.set(i, alpha * out.get(i) + (1 - alpha) * out.get(i - 1));
  return out;
}

const hist = new History(6);
for (const l of [0.9, 0.7, 0.65, 0.5, 0.52, 0.41]) hist.record(l);
resetGrid(hist);
console.log("grid after reset:", hist.grid.tolist());
console.log("max after boost:", boostWorst(hist, 2));
console.log("smoothed:", (smoothed(hist, 0.5).tolist() as number[]).map((v) => v.toFixed(3)));
console.log("best:", hist.best(), "raw:", array(hist.losses.tolist() as number[]).tolist());
