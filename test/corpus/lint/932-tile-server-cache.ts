// An XYZ tile server over an in-memory mosaic: tiles are cut on demand, brightened for display and kept in a small LRU cache.
import { arange, NDArray } from "ndalias";

const TILE_SIZE = 4;

interface TileBounds {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

function tileBounds(x: number, y: number): TileBounds {
  return { r0: y * TILE_SIZE, r1: (y + 1) * TILE_SIZE, c0: x * TILE_SIZE, c1: (x + 1) * TILE_SIZE };
}

class TileServer {
  private readonly mosaic: NDArray;
  private readonly cache = new Map<string, NDArray>();
  private hits = 0;
  private misses = 0;

  constructor(mosaic: NDArray, private readonly gain: number, private readonly capacity: number) {
    this.mosaic = mosaic;
  }

  private key(x: number, y: number): string {
    return `0/${x}/${y}`;
  }

  private remember(key: string, tile: NDArray): void {
    this.cache.delete(key);
    this.cache.set(key, tile);
    while (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.get(oldest)?.dispose();
      this.cache.delete(oldest);
    }
  }

  getTile(x: number, y: number): NDArray {
    const key = this.key(x, y);
    const cached = this.cache.get(key);
    if (cached) {
      this.hits++;
      this.remember(key, cached);
      return cached;
    }
    this.misses++;
    const b = tileBounds(x, y);
    const tile = this.mosaic.slice(`${b.r0}:${b.r1}`, `${b.c0}:${b.c1}`);
    tile.imul(this.gain); // expect: no-view-mutation
    this.remember(key, tile);
    return tile;
  }

  getThumbnail(step: number): NDArray {
    const thumb = this.mosaic.slice(`::${step}`, `::${step}`).copy();
    thumb.imul(this.gain);
    return thumb;
  }

  tileMean(x: number, y: number): number {
    const b = tileBounds(x, y);
    return this.mosaic.slice(`${b.r0}:${b.r1}`, `${b.c0}:${b.c1}`).mean();
  }

  setPixel(row: number, col: number, value: number): void {
    const width = this.mosaic.shape[1];
    this.mosaic.flatten().set(row * width + col, value); // expect: no-lost-write
    const key = this.key(Math.floor(col / TILE_SIZE), Math.floor(row / TILE_SIZE));
    this.cache.get(key)?.dispose();
    this.cache.delete(key);
  }

  stats(): string {
    return `hits=${this.hits} misses=${this.misses} cached=${this.cache.size}`;
  }
}

function prefetch(server: TileServer, xs: number[], ys: number[]): number {
  let total = 0;
  for (const y of ys) {
    for (const x of xs) total += server.getTile(x, y).sum();
  }
  return total;
}

const elevation = arange(0, 64).reshape(8, 8);
const server = new TileServer(elevation, 1.5, 2);

console.log("tile 0/0:", server.getTile(0, 0).tolist());
console.log("tile 1/1 sum:", server.getTile(1, 1).sum());
console.log("mean of tile 1/0 in the source:", server.tileMean(1, 0));
server.setPixel(2, 3, 999);
console.log("tile 0/0 max after edit:", server.getTile(0, 0).max());
console.log("prefetched total:", prefetch(server, [0, 1], [0, 1]));
console.log("thumbnail:", server.getThumbnail(4).tolist());
console.log("source mosaic mean:", elevation.mean(), server.stats());
