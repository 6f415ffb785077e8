// Tile-based image statistics: a generator yields square tiles of a grey image for contrast, median and equalisation passes before a histogram of the image.
import { array, zeros, NDArray } from "ndalias";

interface TileStat {
  row: number;
  col: number;
  value: number;
}

function* tiles(img: NDArray, size: number): Generator<[number, number, NDArray]> {
  const [h, w] = img.shape;
  for (let r = 0; r + size <= h; r += size) {
    for (let c = 0; c + size <= w; c += size) {
      yield [r, c, img.slice(`${r}:${r + size}`, `${c}:${c + size}`)];
    }
  }
}

function tileMeans(img: NDArray, size: number): TileStat[] {
  const out: TileStat[] = [];
  for (const [row, col, tile] of tiles(img, size)) {
    out.push({ row, col, value: tile.mean() });
  }
  return out;
}

function tileMedians(img: NDArray, size: number): TileStat[] {
  const out: TileStat[] = [];
  for (const [row, col, tile] of tiles(img, size)) {
    const flat = tile.flatten();
    flat.sort();
    out.push({ row, col, value: flat.get(Math.floor(flat.size / 2)) });
  }
  return out;
}

function tileContrast(img: NDArray, size: number): TileStat[] {
  const out: TileStat[] = [];
  for (const [row, col, tile] of tiles(img, size)) {
    tile.isub(tile.mean()); // expect: no-view-mutation
    const spread = Math.sqrt(tile.mul(tile).mean());
    out.push({ row, col, value: spread });
  }
  return out;
}

function equalizeTile(tile: NDArray): void {
  const stretched = tile.astype("float64");
  stretched.imul(255 / (tile.max() || 1)); // expect: no-lost-write
}

function histogram(img: NDArray, bins: number): NDArray {
  const counts = zeros(bins, "int32");
  const width = 256 / bins;
  const [h, w] = img.shape;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const b = Math.max(0, Math.min(bins - 1, Math.floor(img.get(r, c) / width)));
      counts.set(b, counts.get(b) + 1);
    }
  }
  return counts;
}

function brightest(stats: TileStat[]): TileStat {
  return stats.reduce((best, s) => (s.value > best.value ? s : best));
}

function describe(label: string, stats: TileStat[]): string {
  return `${label}: ` + stats.map((s) => `(${s.row},${s.col})=${s.value.toFixed(1)}`).join(" ");
}

const image = array(
  [
    [10, 12, 200, 210],
    [11, 13, 190, 220],
    [90, 100, 40, 45],
    [95, 105, 50, 48],
  ],
  "float64",
);

console.log(describe("means", tileMeans(image, 2)));
console.log(describe("medians", tileMedians(image, 2)));
console.log("brightest tile:", brightest(tileMeans(image, 2)));

for (const [, , tile] of tiles(image, 2)) {
  equalizeTile(tile);
}

console.log(describe("contrast", tileContrast(image, 2)));
console.log("histogram:", histogram(image, 4).tolist());
console.log("image total:", image.sum());
