// 1-D heat diffusion with a double-buffered grid: each step writes the back buffer through its own field and swaps the buffers by reassignment.
import { zeros, linspace, NDArray } from "ndalias";

class HeatRod {
  private front: NDArray;
  private back: NDArray;
  private time = 0;

  constructor(private readonly n: number, private readonly alpha: number) {
    this.front = zeros(n);
    this.back = zeros(n);
  }

  heatAt(i: number, temperature: number): void {
    this.front.set(i, temperature);
  }

  step(dt: number): number {
    const src = this.front;
    for (let i = 1; i < this.n - 1; i++) {
      const lap = src.get(i - 1) - 2 * src.get(i) + src.get(i + 1);
      this.back.set(i, src.get(i) + this.alpha * dt * lap);
    }
    this.back.set(0, src.get(0));
    this.back.set(this.n - 1, src.get(this.n - 1));
    [this.front, this.back] = [this.back, this.front];
    this.time += dt;
    return this.front.max();
  }

  snapshot(): NDArray {
    return this.front.copy();
  }

  reset(): void {
    this.front.fill(0);
    this.back.fill(0);
    this.time = 0;
  }

  get elapsed(): number {
    return this.time;
  }
}

function smoothProfile(n: number, passes: number): NDArray {
  let cur = linspace(0, 1, n);
  let nxt = zeros(n);
  for (let p = 0; p < passes; p++) {
    for (let i = 1; i < n - 1; i++) {
      nxt.set(i, (cur.get(i - 1) + cur.get(i) + cur.get(i + 1)) / 3);
    }
    nxt.set(0, cur.get(0));
    nxt.set(n - 1, cur.get(n - 1));
    [cur, nxt] = [nxt, cur];
  }
  return cur;
}

const rod = new HeatRod(8, 0.2);
rod.heatAt(4, 100);
const history: NDArray[] = [];
for (let k = 0; k < 5; k++) {
  rod.step(0.5);
  history.push(rod.snapshot());
}
const first = history[0];
first.imul(0.01);
console.log("scaled first frame:", first.tolist());
console.log("last frame:", history[history.length - 1].tolist(), "t =", rod.elapsed);
rod.reset();
console.log("profile:", smoothProfile(6, 3).tolist());
