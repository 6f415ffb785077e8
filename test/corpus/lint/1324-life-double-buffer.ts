// Conway's Game of Life on a double-buffered grid with a dead border, stamped patterns, population history and a read-only row peek.
// runnable
import { array, zeros, NDArray } from "ndalias";

class Grid {
  protected front: NDArray;
  protected back: NDArray;

  constructor(readonly rows: number, readonly cols: number) {
    this.front = zeros([rows, cols], "uint8");
    this.back = zeros([rows, cols], "uint8");
  }

  alive(r: number, c: number): boolean {
    if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) return false;
    return this.front.get(r, c) === 1;
  }

  population(): number {
    return this.front.sum();
  }

  protected swap(): void {
    [this.front, this.back] = [this.back, this.front];
  }

  row(r: number): NDArray {
    return this.front.slice(r);
  }
}

class Life extends Grid {
  static readonly GLIDER = array([[0, 1, 0], [0, 0, 1], [1, 1, 1]], "uint8");
  static readonly BLINKER = array([[1, 1, 1]], "uint8");
  static generationsRun = 0;

  private history: number[] = [];

  stamp(pattern: NDArray, top: number, left: number): void {
    const [h, w] = pattern.shape;
    this.front.assign(`${top}:${top + h}, ${left}:${left + w}`, pattern);
  }

  private neighbours(r: number, c: number): number {
    let n = 0;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if ((dr !== 0 || dc !== 0) && this.alive(r + dr, c + dc)) n++;
      }
    }
    return n;
  }

  step(): number {
    this.back.fill(0);
    for (let r = 1; r < this.rows - 1; r++) {
      for (let c = 1; c < this.cols - 1; c++) {
        const n = this.neighbours(r, c);
        const next = n === 3 || (n === 2 && this.alive(r, c)) ? 1 : 0;
        this.back.set([r, c], next);
      }
    }
    this.swap();
    this.front.slice(0).fill(0);
    this.front.slice(-1).fill(0);
    const pop = this.population();
    this.history.push(pop);
    Life.generationsRun++;
    return pop;
  }

  run(generations: number): number[] {
    const pops: number[] = [];
    for (let g = 0; g < generations; g++) pops.push(this.step());
    return pops;
  }

  get trend(): string {
    if (this.history.length < 2) return "flat";
    const last = this.history[this.history.length - 1];
    const first = this.history[0];
    return last > first ? "growing" : last < first ? "shrinking" : "flat";
  }

  render(): string {
    const lines: string[] = [];
    for (let r = 0; r < this.rows; r++) {
      const cells = this.row(r).tolist() as number[];
      lines.push(cells.map((v) => (v === 1 ? "#" : ".")).join(""));
    }
    return lines.join("\n");
  }
}

const life = new Life(8, 10);
life.stamp(Life.GLIDER, 1, 1);
life.stamp(Life.BLINKER, 5, 5);
console.log("start population:", life.population());

const secondRow = life.row(2);
console.log("row 2 before running:", secondRow.tolist(), "alive at (2,3):", life.alive(2, 3));

const pops = life.run(4);
console.log("populations:", pops.join(" "), "trend:", life.trend);
console.log(life.render());
console.log("glider pattern unchanged:", Life.GLIDER.sum(), "generations:", Life.generationsRun);
