// Tile cache for a texture atlas: serves views and normalised copies of tiles, applies gamma and brightness edits, and double-buffers uploads.
import { zeros, arange, NDArray } from "ndalias";

interface TileKey {
  row: number;
  col: number;
}

export class TileCache {
  private atlas: NDArray;
  private backBuffer: NDArray;
  private readonly cache = new Map<string, NDArray>();
  private readonly hits = new Map<string, number>();
  private generation = 0;

  constructor(private readonly tilesPerSide: number, private readonly tileSize: number) {
    const side = tilesPerSide * tileSize;
    this.atlas = zeros([side, side]);
    this.backBuffer = zeros([side, side]);
  }

  static keyOf(key: TileKey): string {
    return `${key.row}:${key.col}`;
  }

  static gammaInPlace(image: NDArray, gamma: number): void {
    for (let i = 0; i < image.size; i++) {
      const v = image.data[i] as number;
      image.data[i] = Math.pow(Math.max(v, 0), gamma);
    }
  }

  static contrast(image: NDArray): number {
    return image.max() - image.min();
  }

  init(seed: NDArray): void {
    this.atlas.assign(":", seed);
    this.backBuffer.fill(0);
    this.cache.clear();
    this.generation = 0;
  }

  private spec(index: number): string {
    return `${index * this.tileSize}:${(index + 1) * this.tileSize}`;
  }

  tile(key: TileKey): NDArray {
    return this.atlas.slice(this.spec(key.row), this.spec(key.col));
  }

  tileMean(key: TileKey): number {
    return this.tile(key).mean();
  }

  cachedTile(key: TileKey): NDArray {
    const name = TileCache.keyOf(key);
    this.hits.set(name, (this.hits.get(name) ?? 0) + 1);
    let cached = this.cache.get(name);
    if (!cached) {
      cached = this.tile(key).copy();
      this.cache.set(name, cached);
    }
    return cached;
  }

  normalizedTile(key: TileKey): NDArray {
    const pixels = this.tile(key).copy();
    pixels.isub(pixels.min());
    const range = pixels.max();
    if (range > 0) {
      pixels.idiv(range);
    }
    return pixels;
  }

  mirroredTile(key: TileKey): NDArray {
    return this.tile(key).flip(1).copy();
  }

  tileDifference(a: TileKey, b: TileKey): NDArray {
    const left = this.tile(a).copy();
    const right = this.tile(b).copy();
    left.isub(right);
    return left;
  }

  brightenTile(key: TileKey, amount: number): void {
    this.atlas.slice(this.spec(key.row), this.spec(key.col)).iadd(amount);
    this.invalidate(key);
  }

  private invalidate(key: TileKey): void {
    const name = TileCache.keyOf(key);
    const stale = this.cache.get(name);
    if (stale) {
      stale.dispose();
      this.cache.delete(name);
    }
  }

  medianIntensity(): number {
    const sorted = this.atlas.flatten();
    sorted.sort();
    return sorted.get(Math.floor(sorted.size / 2));
  }

  histogram(bins: number): NDArray {
    const flat = this.atlas.flatten();
    const counts = zeros(bins);
    const top = Math.max(flat.max(), 1e-9);
    for (let i = 0; i < flat.size; i++) {
      const b = Math.min(bins - 1, Math.floor((flat.get(i) / top) * bins));
      counts.set(b, counts.get(b) + 1);
    }
    return counts;
  }

  applyGamma(gamma: number): void {
    const adjusted = this.atlas.copy();
    TileCache.gammaInPlace(adjusted, gamma);
    this.atlas = adjusted;
    this.clearCache();
  }

  stage(key: TileKey, pixels: NDArray): void {
    this.backBuffer.assign([this.spec(key.row), this.spec(key.col)].join(", "), pixels);
  }

  present(): number {
    [this.atlas, this.backBuffer] = [this.backBuffer, this.atlas];
    this.backBuffer.fill(0);
    this.clearCache();
    return ++this.generation;
  }

  transposeAtlas(): void {
    this.atlas = this.atlas.T.copy();
    this.clearCache();
  }

  hitCount(key: TileKey): number {
    return this.hits.get(TileCache.keyOf(key)) ?? 0;
  }

  clearCache(): void {
    for (const tile of this.cache.values()) {
      tile.dispose();
    }
    this.cache.clear();
  }

  dispose(): void {
    this.clearCache();
    this.atlas.dispose();
    this.backBuffer.dispose();
  }
}

const cache = new TileCache(2, 3);
cache.init(arange(0, 36).reshape(6, 6));
const first: TileKey = { row: 0, col: 0 };
const second: TileKey = { row: 1, col: 1 };

console.log("tile mean:", cache.tileMean(first), "cached:", cache.cachedTile(first).tolist());
console.log("normalised:", cache.normalizedTile(second).tolist());
console.log("mirrored:", cache.mirroredTile(first).tolist());
console.log("difference:", cache.tileDifference(second, first).tolist());
cache.brightenTile(first, 10);
console.log("median:", cache.medianIntensity(), "histogram:", cache.histogram(4).tolist());
cache.applyGamma(0.5);
console.log("contrast after gamma:", TileCache.contrast(cache.tile(second)));

const upload = cache.normalizedTile(first);
TileCache.gammaInPlace(upload, 2.2);
cache.stage(first, upload);
console.log("generation:", cache.present(), "uploaded tile:", cache.tile(first).tolist());
cache.transposeAtlas();
console.log("hits:", cache.hitCount(first));
cache.dispose();
