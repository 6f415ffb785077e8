// A grayscale image wrapper with a lazily filled tile cache, contrast statistics and a median-based exposure report.
// runnable
import { array, NDArray } from "ndalias";

class GrayImage {
  static readonly MAX_LEVEL = 255;
  protected pixels: NDArray;

  constructor(rows: number[][]) {
    this.pixels = array(rows);
  }

  get height(): number {
    return this.pixels.shape[0];
  }

  get width(): number {
    return this.pixels.shape[1];
  }

  row(r: number): NDArray {
    return this.pixels.slice(r);
  }

  mean(): number {
    return this.pixels.mean();
  }
}

class TiledImage extends GrayImage {
  private tiles = new Map<string, NDArray>();
  private tileSize: number;
  private cacheHits = 0;

  constructor(rows: number[][], tileSize: number) {
    super(rows);
    this.tileSize = tileSize;
  }

  tile(tr: number, tc: number): NDArray {
    const key = `${tr},${tc}`;
    const cached = this.tiles.get(key);
    if (cached !== undefined) {
      this.cacheHits++;
      return cached;
    }
    const s = this.tileSize;
    const t = this.pixels.slice(`${tr * s}:${(tr + 1) * s}`, `${tc * s}:${(tc + 1) * s}`);
    this.tiles.set(key, t);
    return t;
  }

  get hits(): number {
    return this.cacheHits;
  }

  contrast(): number {
    return (this.pixels.max() - this.pixels.min()) / GrayImage.MAX_LEVEL;
  }

  exposureOffset(): number {
    const flat = this.pixels.reshape(this.pixels.size);
    flat.sort(); // expect: no-view-mutation
    const median = flat.get(Math.floor(flat.size / 2));
    return this.pixels.mean() - median;
  }

  brightestTile(): string {
    let best = "";
    let bestMean = -Infinity;
    const nr = Math.floor(this.height / this.tileSize);
    const nc = Math.floor(this.width / this.tileSize);
    for (let r = 0; r < nr; r++) {
      for (let c = 0; c < nc; c++) {
        const m = this.tile(r, c).mean();
        if (m > bestMean) {
          bestMean = m;
          best = `${r},${c}`;
        }
      }
    }
    return best;
  }
}

const image = new TiledImage(
  [
    [12, 40, 200, 210],
    [18, 35, 190, 250],
    [90, 95, 60, 70],
    [85, 99, 66, 61],
  ],
  2,
);

const topLeft = image.tile(0, 0);
const topRight = image.tile(0, 1);
console.log("size:", image.height, "x", image.width, "contrast:", image.contrast().toFixed(3));
console.log("top-left tile:", topLeft.tolist(), "mean:", topLeft.mean());
console.log("brightest tile:", image.brightestTile(), "cache hits:", image.hits);
console.log("top-right tile:", topRight.tolist(), "first row:", image.row(0).tolist());

const offset = image.exposureOffset();
console.log("exposure offset from median:", offset);
console.log("image mean:", image.mean());
