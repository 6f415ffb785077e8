// Heat diffusion on a metal plate with double buffering: each step writes the back buffer from the front one and then swaps them.
import { zeros, NDArray } from "ndalias";

const H = 5;
const W = 5;

function diffuseInto(dst: NDArray, src: NDArray, alpha: number): void {
  dst.assign(":", src);
  for (let r = 1; r < H - 1; r++) {
    for (let c = 1; c < W - 1; c++) {
      const lap = src.get(r - 1, c) + src.get(r + 1, c) + src.get(r, c - 1) + src.get(r, c + 1) - 4 * src.get(r, c);
      dst.set([r, c], src.get(r, c) + alpha * lap);
    }
  }
}

class HeatmapView {
  private front: NDArray;
  private back: NDArray;

  constructor() {
    this.front = zeros([H, W], "uint8");
    this.back = zeros([H, W], "uint8");
  }

  draw(field: NDArray): number {
    const peak = field.max() || 1;
    this.back.fill(0);
    for (let i = 0; i < field.size; i++) {
      this.back.data[i] = Math.round((255 * (field.data[i] as number)) / peak);
    }
    [this.front, this.back] = [this.back, this.front];
    return this.front.sum();
  }

  visible(): number[][] {
    return this.front.tolist() as number[][];
  }
}

let front = zeros([H, W]);
let back = zeros([H, W]);
front.set([2, 2], 100);
const view = new HeatmapView();

for (let step = 0; step < 4; step++) {
  diffuseInto(back, front, 0.2);
  [front, back] = [back, front];
  console.log(`step ${step}: total heat ${front.sum().toFixed(2)}, brightness ${view.draw(front)}`);
}

let normalised: NDArray = front;
normalised = normalised.div(front.max());
normalised.imul(100);
console.log("percent of peak:", normalised.tolist());
console.log("raw centre temperature:", front.get(2, 2), "display:", view.visible());
