// Finds the brightest tile of a grayscale frame, boosts and normalises the frame, then hands its bottom edge to a stitcher.
// runnable
import { array, NDArray } from "ndalias";

const H = 4;
const W = 6;
const TILE = 2;

interface TileStats {
  mean: number;
  max: number;
}

interface Best {
  r: number;
  c: number;
  mean: number;
}

function tileSpec(r: number, c: number): string {
  return `${r}:${r + TILE}, ${c}:${c + TILE}`;
}

function tileStats(img: NDArray, r: number, c: number): TileStats {
  const tile = img.slice(tileSpec(r, c));
  return { mean: tile.mean(), max: tile.max() };
}

function stitch(edge: NDArray, seam: number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < edge.size; k++) {
    out.push(((edge.get(k) as number) + (seam[k] ?? 0)) / 2);
  }
  return out;
}

function histogramOf(img: NDArray, bins = 4): number[] {
  const counts = Array.from({ length: bins }, () => 0);
  const lo = img.min();
  const span = img.max() - lo || 1;
  for (const v of img.flatten().tolist() as number[]) {
    counts[Math.min(bins - 1, Math.floor(((v - lo) / span) * bins))]++;
  }
  return counts;
}

const frame = array([
  [12, 40, 44, 10, 0, 0],
  [15, 38, 41, 12, 0, 0],
  [90, 95, 30, 31, 5, 7],
  [88, 97, 29, 33, 6, 9],
]);

let best: Best | undefined;
rows: for (let r = 0; r < H; r += TILE) {
  for (let c = 0; c < W; c += TILE) {
    const { max, mean: tileMean } = tileStats(frame, r, c);
    if (max === 0) continue rows;
    if (!best || tileMean > best.mean) {
      best = { r, c, mean: tileMean };
    }
    if (tileMean >= 255) break rows;
  }
}

const { r: bestRow = 0, c: bestCol = 0 } = best ?? {};
console.log("brightest tile at", bestRow, bestCol, "histogram:", histogramOf(frame));

// Boost the brightest tile and rescale the frame to [0, 1].
frame.slice(tileSpec(bestRow, bestCol)).imul(1.1);
frame.isub(frame.min());
frame.idiv(frame.max() || 1);

const bottomEdge = frame.slice(H - 1);
const seam = [0.9, 1, 0.3, 0.35, 0.05, 0.1];
console.log("edge mean before stitching:", bottomEdge.mean().toFixed(3));

// Clear the left border column, which is sensor padding.
frame.assign(":, 0", 0); // expect: no-view-mutation

const stitched = stitch(bottomEdge, seam);
console.log("stitched seam:", stitched.map((v) => v.toFixed(2)).join(" "));
console.log("frame:", JSON.stringify(frame.tolist()));
console.log("histogram after:", histogramOf(frame));
