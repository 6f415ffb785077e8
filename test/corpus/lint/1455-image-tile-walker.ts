// Walks a grey-scale image tile by tile with a generator, records tile means and medians, ranks the tiles and prints a per-tile report.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Tile {
  row: number;
  col: number;
  pixels: NDArray;
}

function* tiles(image: NDArray, size: number): Generator<Tile> {
  for (let r = 0; r < image.shape[0]; r += size) {
    for (let c = 0; c < image.shape[1]; c += size) {
      yield { row: r, col: c, pixels: image.slice(`${r}:${r + size}, ${c}:${c + size}`) };
    }
  }
}

function* labelled(source: Iterable<Tile>): Generator<[string, Tile]> {
  for (const tile of source) {
    yield [`(${tile.row},${tile.col})`, tile];
  }
}

function medianOf(values: NDArray): number {
  const sorted = values.flatten();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  if (sorted.size % 2 === 1) {
    return sorted.get(mid);
  }
  return (sorted.get(mid - 1) + sorted.get(mid)) / 2;
}

function contrastStretch(image: NDArray): NDArray {
  const lo = image.min();
  const range = image.max() - lo || 1;
  const stretched = image.sub(lo);
  stretched.imul(255 / range);
  return stretched;
}

const image = array([
  [12, 40, 200, 180],
  [35, 18, 220, 190],
  [90, 95, 60, 10],
  [88, 101, 5, 30],
]);

const tileMeans = zeros(4);
const tileMedians: number[] = [];
const labels: string[] = [];
let k = 0;

for (const [label, tile] of labelled(tiles(image, 2))) {
  const pixels = tile.pixels;
  tileMeans.set(k, pixels.mean());
  tileMedians.push(medianOf(pixels));
  labels.push(label);

  // list the darkest pixels of the tile first
  pixels.flatten().sort(); // expect: no-lost-write
  console.log(`tile ${label} pixels, darkest first:`, pixels.tolist());
  k++;
}

const brightestMean = tileMeans.max();
console.log("brightest tile mean:", brightestMean);

const ranked = tileMeans;
ranked.sort(); // expect: no-alias-mutation
console.log("darkest tile mean:", ranked.get(0));

for (let t = 0; t < labels.length; t++) {
  const mean = tileMeans.get(t);
  console.log(`tile ${labels[t]}: mean ${mean.toFixed(2)}, median ${tileMedians[t].toFixed(1)}`);
}

const stretched = contrastStretch(image);
console.log("stretched range:", stretched.min(), "to", stretched.max());
console.log("original image unchanged:", image.get(0, 0) === 12);
