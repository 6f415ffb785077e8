// Per-channel whitening of an HWC colour tile: channel statistics are read from plane views, then each plane is whitened in place.
import { zeros, NDArray } from "ndalias";

const CHANNELS = ["red", "green", "blue"] as const;

interface ChannelStats {
  mean: number;
  std: number;
  min: number;
  max: number;
}

function makeTile(h: number, w: number): NDArray {
  const tile = zeros([h, w, 3], "float32");
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      tile.set([y, x, 0], 40 + 10 * y + x);
      tile.set([y, x, 1], 90 + 3 * x);
      tile.set([y, x, 2], 200 - 7 * y);
    }
  }
  return tile;
}

function planeStats(plane: NDArray): ChannelStats {
  const mean = plane.mean();
  const centred = plane.sub(mean);
  const std = Math.sqrt(centred.mul(centred).mean());
  return { mean, std: std > 1e-6 ? std : 1, min: plane.min(), max: plane.max() };
}

function formatStats(name: string, s: ChannelStats): string {
  return `${name.padEnd(5)} mean=${s.mean.toFixed(2)} std=${s.std.toFixed(2)} range=[${s.min}, ${s.max}]`;
}

const tile = makeTile(6, 8);

// 1. read every channel through its plane view
const planes = CHANNELS.map((_, c) => tile.slice(":, :", c));
const stats = planes.map((p) => planeStats(p));
stats.forEach((s, c) => console.log(formatStats(CHANNELS[c], s)));

const brightest = planes.reduce((best, p, c) => (p.mean() > planes[best].mean() ? c : best), 0);
console.log("dominant channel:", CHANNELS[brightest]);

// 2. whiten each plane in place with the idiomatic chained writes
for (let c = 0; c < 3; c++) {
  tile.slice(":, :", c).isub(stats[c].mean);
  tile.slice(":, :", c).idiv(stats[c].std);
}

// 3. fresh plane views made after the writes see the whitened values on purpose
const whitenedRed = tile.slice(":, :", 0);
const whitenedBlue = tile.slice(":, :", 2);
console.log("whitened red mean:", whitenedRed.mean().toFixed(6));
console.log("whitened blue range:", whitenedBlue.min().toFixed(3), whitenedBlue.max().toFixed(3));

// 4. a channels-first layout for the network, as a transposed view of the whitened tile
const chw = tile.transpose(2, 0, 1);
console.log("network input shape:", chw.shape, "contiguous:", chw.flags.cContiguous);

function clampInPlace(img: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < img.size; i++) {
    const v = img.data[i] as number;
    if (v < lo) img.data[i] = lo;
    else if (v > hi) img.data[i] = hi;
  }
}

// the clamp is a void helper that writes the tile it is given on purpose
clampInPlace(tile, -2.5, 2.5);
console.log("clamped tile range:", tile.min(), tile.max());

// per-row balance of the clamped tile, for the striping detector
const rowMeans: string[] = [];
for (let y = 0; y < tile.shape[0]; y++) {
  rowMeans.push(tile.slice(y).mean().toFixed(3));
}
console.log("row means:", rowMeans.join(" "));

// per-channel energy after clamping, read through new views
const energies = CHANNELS.map((name, c) => {
  const plane = tile.slice(":, :", c);
  return `${name}=${plane.mul(plane).sum().toFixed(2)}`;
});
console.log("energy:", energies.join(" "));
