// A falling-blocks game: drops pieces into a well, shows a landing preview, clears full rows and prints the score.
// runnable
import { array, zeros, NDArray } from "ndalias";

class Piece {
  constructor(
    readonly name: string,
    readonly cells: NDArray,
    public col: number,
  ) {}

  static bar(col: number): Piece {
    return new Piece("bar", array([[1, 1, 1, 1]], "int32"), col);
  }

  static square(col: number): Piece {
    return new Piece("square", array([[1, 1], [1, 1]], "int32"), col);
  }

  get height(): number {
    return this.cells.shape[0];
  }

  get width(): number {
    return this.cells.shape[1];
  }
}

class Well {
  readonly grid: NDArray;
  #score = 0;
  #linesCleared = 0;

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.grid = zeros([rows, cols], "int32");
  }

  get score(): number {
    return this.#score;
  }

  get linesCleared(): number {
    return this.#linesCleared;
  }

  fits(p: Piece, top: number): boolean {
    if (top + p.height > this.rows || p.col + p.width > this.cols) return false;
    for (let r = 0; r < p.height; r++) {
      for (let c = 0; c < p.width; c++) {
        if (p.cells.get(r, c) && this.grid.get(top + r, p.col + c)) return false;
      }
    }
    return true;
  }

  landingRow(p: Piece): number {
    let top = 0;
    while (this.fits(p, top + 1)) top++;
    return top;
  }

  // Shows where the piece would land without dropping it.
  preview(p: Piece): NDArray {
    const ghost = this.grid;
    const top = this.landingRow(p);
    for (let r = 0; r < p.height; r++) {
      for (let c = 0; c < p.width; c++) {
        if (!p.cells.get(r, c)) continue;
        ghost.set([top + r, p.col + c], 2); // expect: no-alias-mutation
      }
    }
    return ghost;
  }

  drop(p: Piece): this {
    const top = this.landingRow(p);
    this.grid.slice(`${top}:${top + p.height}, ${p.col}:${p.col + p.width}`).iadd(p.cells);
    return this;
  }

  clearFullRows(): number {
    let cleared = 0;
    for (let r = 0; r < this.rows; r++) {
      if (this.grid.slice(r).min() === 0) continue;
      this.grid.take([r], 0).fill(0); // expect: no-lost-write
      cleared++;
    }
    this.#linesCleared += cleared;
    this.#score += [0, 100, 300, 500, 800][cleared] ?? 1000;
    return cleared;
  }
}

function draw(grid: NDArray): string {
  const rows = grid.tolist() as number[][];
  return rows.map((row) => "|" + row.map((v) => (v === 0 ? " " : v === 2 ? "." : "#")).join("") + "|").join("\n");
}

const well = new Well(5, 4);
const queue = [Piece.bar(0), Piece.square(0), Piece.square(2)];

console.log("preview of the first piece:\n" + draw(well.preview(queue[0])));

for (const piece of queue) {
  well.drop(piece);
  const cleared = well.clearFullRows();
  console.log(`dropped ${piece.name} at column ${piece.col}, cleared ${cleared} row(s)`);
}

console.log(draw(well.grid));
console.log(`score ${well.score}, lines ${well.linesCleared}`);
