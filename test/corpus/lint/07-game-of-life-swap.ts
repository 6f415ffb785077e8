// Runs Conway's Game of Life on a small torus, computing each generation into a back buffer and swapping the buffers.
import { zeros, NDArray } from "ndalias";

class Life {
  front: NDArray;
  back: NDArray;
  constructor(readonly rows: number, readonly cols: number) {
    this.front = zeros([rows, cols], "uint8");
    this.back = zeros([rows, cols], "uint8");
  }
  neighbours(r: number, c: number): number {
    let n = 0;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (dr !== 0 || dc !== 0) n += this.front.get((r + dr + this.rows) % this.rows, (c + dc + this.cols) % this.cols);
      }
    }
    return n;
  }
  step(): number {
    let alive = 0;
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        const n = this.neighbours(r, c);
        const live = n === 3 || (n === 2 && this.front.get(r, c) === 1) ? 1 : 0;
        this.back.set([r, c], live);
        alive += live;
      }
    }
    [this.front, this.back] = [this.back, this.front];
    return alive;
  }
}

const game = new Life(6, 6);
game.front.set([1, 2], 1).set([2, 3], 1).set([3, 1], 1).set([3, 2], 1).set([3, 3], 1);
for (let g = 0; g < 4; g++) console.log(`generation ${g + 1}: ${game.step()} alive`);
console.log(game.front.tolist());
