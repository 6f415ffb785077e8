// A side-scrolling platformer's tile map: wraps columns as the camera scrolls, places tiles, paints regions and renders the viewport.
import { zeros, NDArray } from "ndalias";

enum Tile {
  Air = 0,
  Ground = 1,
  Brick = 2,
  Coin = 3,
}

abstract class Grid {
  protected readonly tiles: NDArray;

  constructor(
    readonly height: number,
    readonly width: number,
  ) {
    this.tiles = zeros([height, width], "uint8");
  }

  count(tile: Tile): number {
    let n = 0;
    for (let i = 0; i < this.tiles.size; i++) if (this.tiles.data[i] === tile) n++;
    return n;
  }

  snapshot(): NDArray {
    return this.tiles.copy();
  }
}

class TileMap extends Grid {
  #scrolled = 0;

  static level(height: number, width: number): TileMap {
    const map = new TileMap(height, width);
    map.paint(height - 1, 0, 1, width, Tile.Ground);
    map.paint(height - 3, 2, 1, 3, Tile.Brick);
    map.placeTile((height - 4) * width + 3, Tile.Coin);
    return map;
  }

  get scrolled(): number {
    return this.#scrolled;
  }

  paint(row: number, col: number, rows: number, cols: number, tile: Tile): this {
    this.tiles.slice(`${row}:${row + rows}, ${col}:${col + cols}`).fill(tile);
    return this;
  }

  // Places a tile by flat index (row-major), as stored in level files.
  placeTile(index: number, tile: Tile): this {
    this.tiles.flatten().set(index, tile); // expect: no-lost-write
    return this;
  }

  // Scrolls one column: every column moves left and the first wraps around to the end.
  shiftLeft(): this {
    const firstColumn = this.tiles.slice(":", 0);
    for (let c = 0; c < this.width - 1; c++) {
      this.tiles.assign(`:, ${c}`, this.tiles.slice(":", c + 1)); // expect: no-view-mutation
    }
    this.tiles.assign(`:, ${this.width - 1}`, firstColumn);
    this.#scrolled++;
    return this;
  }

  viewport(col: number, cols: number): NDArray {
    return this.tiles.slice(":", `${col}:${col + cols}`);
  }

  columnHeights(): number[] {
    const heights: number[] = [];
    for (let c = 0; c < this.width; c++) {
      const column = this.tiles.slice(":", c);
      let h = 0;
      for (let r = 0; r < this.height; r++) if (column.get(r) !== Tile.Air) h = Math.max(h, this.height - r);
      heights.push(h);
    }
    return heights;
  }
}

class Camera {
  constructor(
    readonly map: TileMap,
    public col: number,
    readonly cols: number,
  ) {}

  follow(playerCol: number): this {
    this.col = Math.max(0, Math.min(this.map.width - this.cols, playerCol - Math.floor(this.cols / 2)));
    return this;
  }

  render(): string {
    const glyphs = [" ", "=", "#", "o"];
    const view = this.map.viewport(this.col, this.cols).tolist() as number[][];
    return view.map((row) => row.map((t) => glyphs[t]).join("")).join("\n");
  }
}

const level = TileMap.level(6, 10);
const camera = new Camera(level, 0, 6);
console.log(camera.render());

const before = level.snapshot();
for (let i = 0; i < 3; i++) level.shiftLeft();
console.log(`after scrolling ${level.scrolled} columns:\n${camera.follow(4).render()}`);
console.log("coins:", level.count(Tile.Coin), "bricks:", level.count(Tile.Brick));
console.log("column heights:", level.columnHeights().join(" "));
console.log("ground row unchanged:", before.slice(5).sum() === level.snapshot().slice(5).sum());
