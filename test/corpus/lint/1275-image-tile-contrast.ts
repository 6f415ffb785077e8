// Adjusts the contrast of labelled image tiles: median-centres the sky tile, boosts the ground tile and prints histograms and edge profiles.
import { array, zeros, NDArray } from "ndalias";

type Tile = {
  readonly label: string;
  pixels: NDArray;
  mask?: NDArray;
};

type Histogram = Record<"dark" | "mid" | "bright", number>;

const BINS: ReadonlyArray<[keyof Histogram, number]> = [
  ["dark", 0.33],
  ["mid", 0.66],
  ["bright", Infinity],
];

function histogram(values: NDArray): Histogram {
  const counts: Histogram = { dark: 0, mid: 0, bright: 0 };
  for (const v of values.flatten().tolist() as number[]) {
    const [bin] = BINS.find(([, upper]) => v < upper) ?? BINS[BINS.length - 1];
    counts[bin] += 1;
  }
  return counts;
}

function medianOf(x: NDArray): number {
  const sorted = x.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function vignette(shape: readonly number[], strength = 0.2): NDArray {
  const [h, w] = shape;
  const v = zeros([h, w]).add(1);
  v.slice(0).fill(1 - strength);
  v.slice(-1).fill(1 - strength);
  v.slice(":", 0).fill(1 - strength);
  v.slice(":", -1).fill(1 - strength);
  return v;
}

const tiles: Tile[] = [
  { label: "sky", pixels: array([[0.82, 0.91, 0.77], [0.88, 0.95, 0.8], [0.7, 0.74, 0.69]]) },
  {
    label: "ground",
    pixels: array([[0.12, 0.25, 0.2], [0.31, 0.18, 0.22], [0.4, 0.35, 0.28]]),
    mask: array([[1, 1, 1], [1, 0, 1], [1, 1, 1]]),
  },
  { label: "horizon", pixels: array([[0.5, 0.55, 0.6], [0.45, 0.5, 0.52], [0.3, 0.33, 0.35]]) },
];

const byLabel = new Map(tiles.map((t) => [t.label, t] as const));

// --- sky: centre on the median for the histogram ---------------------------
const sky = tiles.find(({ label }) => label === "sky");
const skyFlat = sky?.pixels.ravel() ?? zeros(0);
const skyMedian = medianOf(skyFlat);
skyFlat.isub(skyMedian); // expect: no-view-mutation
console.log("sky deviations:", histogram(skyFlat.add(0.5)));
console.log("sky tile:", sky?.pixels.tolist());

// --- ground: boost contrast, keep the top edge profile for the report -----
const { pixels: ground, mask = zeros([3, 3]).add(1) } = byLabel.get("ground") ?? tiles[1];
const topEdge = ground.slice(0);
const edgeMean = topEdge.mean();
ground.imul(1 / Math.max(ground.max(), 1e-6)); // expect: no-view-mutation
const masked = ground.mul(mask);
console.log(`ground top edge (mean ${edgeMean.toFixed(3)}):`, topEdge.tolist());
console.log("ground masked histogram:", histogram(masked));

// --- horizon: works on a vignetted copy, the tile itself stays raw --------
const horizon = byLabel.get("horizon");
if (horizon) {
  const shaded = horizon.pixels.mul(vignette(horizon.pixels.shape));
  shaded.slice(1).imul(1.1);
  const profile = shaded.slice(":", 1);
  console.log("horizon centre column:", profile.tolist());
  console.log("horizon raw mean:", horizon.pixels.mean().toFixed(3));
}

const summary = Object.fromEntries(
  tiles.map(({ label, pixels }) => [label, { mean: +pixels.mean().toFixed(3), median: medianOf(pixels) }]),
);
console.log(summary);
