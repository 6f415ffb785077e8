// Serves rendered tiles from an LRU cache of private copies, composes them into a double-buffered viewport and prints each frame.
import { arange, zeros, NDArray } from "ndalias";

const TILE = 2;
const GAIN = 2;

class TileCache {
  private readonly entries = new Map<string, NDArray>();
  evictions = 0;

  constructor(private readonly capacity: number) {}

  get(key: string): NDArray | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  put(key: string, tile: NDArray): void {
    this.entries.set(key, tile);
    while (this.entries.size > this.capacity) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, NDArray];
      oldest.dispose();
      this.entries.delete(oldestKey);
      this.evictions++;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const mosaic = arange(0, 36).reshape(6, 6);
const cache = new TileCache(3);

function tileWindow(x: number, y: number): [string, string] {
  return [`${y * TILE}:${(y + 1) * TILE}`, `${x * TILE}:${(x + 1) * TILE}`];
}

function renderTile(x: number, y: number): NDArray {
  const key = `${x}/${y}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const [rows, cols] = tileWindow(x, y);
  const tile = mosaic.slice(rows, cols).copy();
  tile.imul(GAIN);
  cache.put(key, tile);
  return tile;
}

function composeInto(target: NDArray, x0: number, y0: number): void {
  for (let dy = 0; dy < 2; dy++) {
    for (let dx = 0; dx < 2; dx++) {
      const [rows, cols] = tileWindow(dx, dy);
      target.slice(rows, cols).assign(":", renderTile(x0 + dx, y0 + dy));
    }
  }
}

const viewportShape = [2 * TILE, 2 * TILE];
let front = zeros(viewportShape);
let back = zeros(viewportShape);

const pans: Array<[number, number]> = [[0, 0], [1, 0], [1, 1], [0, 0]];
for (const [x0, y0] of pans) {
  composeInto(back, x0, y0);
  [front, back] = [back, front];
  console.log(`frame at ${x0},${y0}: mean=${front.mean()}`, front.tolist());
}
console.log("cache size:", cache.size, "evictions:", cache.evictions);

// Blank the first row of the source mosaic as nodata, then look at it.
mosaic.slice("0:1").fill(-1);
const headerRow = mosaic.slice(0);
console.log("nodata header row:", headerRow.tolist());

// The difference between the last two frames lives in its own array.
const frameDelta = front.sub(back);
frameDelta.imul(0.5);
console.log("half frame delta:", frameDelta.tolist(), "source total:", mosaic.sum());
