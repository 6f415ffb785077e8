// Integrates a 1-D heat rod with two ping-pong buffers swapped every step, and a module-level smoother that swaps its own pair.
import { zeros, NDArray } from "ndalias";

class HeatRod {
  cur: NDArray;
  next: NDArray;
  constructor(n: number, readonly alpha: number) {
    this.cur = zeros(n);
    this.next = zeros(n);
    this.cur.set(Math.floor(n / 2), 100);
  }
  step(): number {
    const n = this.cur.size;
    for (let i = 1; i < n - 1; i++) {
      const lap = this.cur.get(i - 1) - 2 * this.cur.get(i) + this.cur.get(i + 1);
      this.next.set(i, this.cur.get(i) + this.alpha * lap);
    }
    [this.cur, this.next] = [this.next, this.cur];
    return this.cur.max();
  }
}

const rod = new HeatRod(9, 0.25);
for (let t = 0; t < 20; t++) {
  const peak = rod.step();
  if (t % 5 === 0) console.log(`t=${t} peak ${peak.toFixed(3)}`);
}
console.log("profile:", rod.cur.tolist());

let front = zeros(6);
let back = zeros(6);
front.set(0, 1);
for (let t = 0; t < 4; t++) {
  for (let i = 0; i < front.size; i++) {
    const left = i > 0 ? front.get(i - 1) : 0;
    back.set(i, 0.5 * (front.get(i) + left));
  }
  [front, back] = [back, front];
}
console.log("smoothed:", front.tolist());
