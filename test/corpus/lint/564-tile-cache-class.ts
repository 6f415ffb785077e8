// An LRU cache of raster tiles cut from a scene: hands out private copies, tracks hit statistics and recalibrates the scene.
import { arange, zeros, NDArray } from "ndalias";

class TileCache {
  private tiles = new Map<string, NDArray>();
  private hits = zeros(2);
  private scene: NDArray;

  constructor(scene: NDArray, readonly tileSize: number, readonly capacity: number) {
    this.scene = scene.copy();
  }

  private key(row: number, col: number): string {
    return `${row}/${col}`;
  }

  private load(row: number, col: number): NDArray {
    const s = this.tileSize;
    const r0 = row * s;
    const c0 = col * s;
    return this.scene.slice(`${r0}:${r0 + s}`, `${c0}:${c0 + s}`).copy();
  }

  tile(row: number, col: number): NDArray {
    const k = this.key(row, col);
    let cached = this.tiles.get(k);
    if (cached) {
      this.hits.set(0, (this.hits.get(0) as number) + 1);
      this.tiles.delete(k);
    } else {
      this.hits.set(1, (this.hits.get(1) as number) + 1);
      cached = this.load(row, col);
      if (this.tiles.size >= this.capacity) {
        const oldest = this.tiles.keys().next().value;
        if (oldest !== undefined) this.tiles.delete(oldest);
      }
    }
    this.tiles.set(k, cached);
    return cached.copy();
  }

  hitRate(): number {
    const total = this.hits.sum();
    return total === 0 ? 0 : (this.hits.get(0) as number) / total;
  }

  recalibrate(gain: number, bias: number): void {
    this.scene.imul(gain);
    this.scene.iadd(bias);
    this.tiles.clear();
    this.hits.fill(0);
  }
}

const scene = arange(0, 64).reshape(8, 8);
const cache = new TileCache(scene, 4, 2);

const a = cache.tile(0, 0);
a.isub(a.mean());
const b = cache.tile(0, 0);
console.log("centred tile:", a.tolist());
console.log("cached tile mean is unchanged:", b.mean());
console.log("hit rate:", cache.hitRate());

cache.recalibrate(0.5, 10);
const c = cache.tile(1, 1);
console.log("recalibrated tile:", c.tolist(), "scene max:", scene.max());
