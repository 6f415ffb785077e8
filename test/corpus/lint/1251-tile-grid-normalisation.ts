// Splits a document scan into a grid of tiles served from a view cache, normalises the scan in place and scores tile contrast.
import { zeros, NDArray } from "ndalias";

abstract class TileSource {
  protected readonly cache = new Map<string, NDArray>();

  constructor(protected readonly tileSize: number) {}

  abstract get image(): NDArray;

  get rows(): number {
    return Math.floor(this.image.shape[0] / this.tileSize);
  }

  get cols(): number {
    return Math.floor(this.image.shape[1] / this.tileSize);
  }

  tile(r: number, c: number): NDArray {
    const key = `${r},${c}`;
    let t = this.cache.get(key);
    if (!t) {
      const s = this.tileSize;
      t = this.image.slice(`${r * s}:${(r + 1) * s}, ${c * s}:${(c + 1) * s}`);
      this.cache.set(key, t);
    }
    return t;
  }
}

class ScanGrid extends TileSource {
  private readonly pixels: NDArray;

  constructor(h: number, w: number, tileSize: number) {
    super(tileSize);
    this.pixels = zeros([h, w]);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        this.pixels.set([y, x], (y % 4 === 1 && x > 1 ? 20 : 180) + y * 2);
      }
    }
  }

  get image(): NDArray {
    return this.pixels;
  }

  /** Normalises the scan to zero mean, unit spread; cached tiles are dropped first. */
  normalise(): void {
    this.cache.clear();
    const mean = this.pixels.mean();
    this.pixels.isub(mean);
    this.pixels.idiv(Math.max(this.pixels.max(), -this.pixels.min()) || 1);
  }
}

class PaddedScanGrid extends ScanGrid {
  override tile(r: number, c: number): NDArray {
    // callers of the padded grid get a private tile with a zeroed one-pixel border
    const own = super.tile(r, c).copy();
    own.slice(0).fill(0);
    own.slice(":", 0).fill(0);
    return own;
  }
}

function contrast(t: NDArray): number {
  return t.max() - t.min();
}

function blockMeans(img: NDArray, s: number): NDArray {
  const h = img.shape[0] / s;
  const w = img.shape[1] / s;
  const blocks = img.copy().reshape(h, s, w, s).transpose(0, 2, 1, 3);
  const means = zeros([h, w]);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) means.set([r, c], blocks.slice(r, c).mean());
  }
  return means;
}

const grid = new ScanGrid(8, 12, 4);
const raw = grid.image;
console.log("raw block means:", blockMeans(raw, 4).tolist());
const firstTile = grid.tile(0, 0);
console.log("raw contrast of tile (0,0):", contrast(firstTile));

grid.normalise();

// views asked for after normalisation see the normalised scan, as intended
const scores: string[] = [];
for (let r = 0; r < grid.rows; r++) {
  for (let c = 0; c < grid.cols; c++) {
    scores.push(`(${r},${c})=${contrast(grid.tile(r, c)).toFixed(3)}`);
  }
}
console.log("normalised tile contrast:", scores.join(" "));

const padded = new PaddedScanGrid(8, 12, 4);
const t11 = padded.tile(1, 1);
t11.imul(2);
console.log("padded tile (1,1):", t11.tolist());
console.log("padded scan mean stays:", padded.image.mean().toFixed(2));
