// Conway's Game of Life on a torus with front/back buffers: stamps a glider, steps it and prints population and snapshots.
// runnable
import { array, zeros, NDArray } from "ndalias";

class Life {
  #front: NDArray;
  #back: NDArray;
  #generation = 0;
  readonly history: NDArray[] = [];

  private constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.#front = zeros([rows, cols], "uint8");
    this.#back = zeros([rows, cols], "uint8");
  }

  static empty(rows: number, cols: number): Life {
    return new Life(rows, cols);
  }

  static withGlider(rows: number, cols: number): Life {
    const life = new Life(rows, cols);
    life.stamp(array([[0, 1, 0], [0, 0, 1], [1, 1, 1]], "uint8"), 0, 0);
    return life;
  }

  get generation(): number {
    return this.#generation;
  }

  get cells(): NDArray {
    return this.#front.copy();
  }

  population(): number {
    return this.#front.sum();
  }

  // Adds a pattern at (row, col) and returns how many live cells the stamped window now holds.
  stamp(pattern: NDArray, row: number, col: number): number {
    const spec = `${row}:${row + pattern.shape[0]}, ${col}:${col + pattern.shape[1]}`;
    this.#front.slice(spec).iadd(pattern);
    const window = this.#front.slice(spec);
    return window.sum();
  }

  #neighbours(r: number, c: number): number {
    let n = 0;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue;
        n += this.#front.get((r + dr + this.rows) % this.rows, (c + dc + this.cols) % this.cols);
      }
    }
    return n;
  }

  step(): this {
    const before = this.#front.sum();
    this.history.push(this.#front.copy());
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        const n = this.#neighbours(r, c);
        const alive = this.#front.get(r, c) === 1;
        this.#back.set([r, c], (alive && (n === 2 || n === 3)) || (!alive && n === 3) ? 1 : 0);
      }
    }
    [this.#front, this.#back] = [this.#back, this.#front];
    this.#generation++;
    if (before > 0 && this.#front.sum() === 0) console.log(`extinct at generation ${this.#generation}`);
    return this;
  }

  clear(): this {
    this.#front.fill(0);
    this.#back.fill(0);
    return this;
  }

  render(): string {
    const rows = this.#front.tolist() as number[][];
    return rows.map((row) => row.map((v) => (v ? "#" : ".")).join("")).join("\n");
  }
}

const world = Life.withGlider(6, 6);
console.log(`generation ${world.generation}, population ${world.population()}\n${world.render()}`);

for (let i = 0; i < 4; i++) world.step();
console.log(`generation ${world.generation}, population ${world.population()}\n${world.render()}`);

const firstSnapshot = world.history[0];
const latest = world.cells;
latest.slice(0).fill(1);
console.log("first snapshot population:", firstSnapshot.sum(), "edited copy population:", latest.sum());

const other = Life.empty(4, 4).step().step();
console.log("empty world stays empty:", other.population(), "after", other.generation, "generations");
world.clear();
console.log("after clear:", world.population(), "history length", world.history.length);
