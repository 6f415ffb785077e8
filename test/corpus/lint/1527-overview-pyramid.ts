// Builds a 2x overview pyramid for a raster band, linking levels for zoom navigation, and prints per-level statistics.
import { arange, zeros, NDArray } from "ndalias";

export class PyramidLevel {
  data: NDArray;
  finer: PyramidLevel | null = null;
  coarser: PyramidLevel | null = null;
  readonly resolution: number;

  constructor(readonly zoom: number, data: NDArray, baseResolution: number) {
    this.data = data;
    this.resolution = baseResolution * 2 ** zoom;
  }

  get shape(): number[] {
    return this.data.shape;
  }

  coarsest(): PyramidLevel {
    let level: PyramidLevel = this;
    while (level.coarser) level = level.coarser;
    return level;
  }
}

/** Mean-aggregates 2x2 blocks of a band into a new, half-sized array. */
export function downsample2x(src: NDArray): NDArray {
  const [rows, cols] = src.shape;
  const outRows = Math.floor(rows / 2);
  const outCols = Math.floor(cols / 2);
  const out = zeros([outRows, outCols]);
  for (let r = 0; r < outRows; r++) {
    for (let c = 0; c < outCols; c++) {
      const block =
        src.get(2 * r, 2 * c) +
        src.get(2 * r, 2 * c + 1) +
        src.get(2 * r + 1, 2 * c) +
        src.get(2 * r + 1, 2 * c + 1);
      out.set([r, c], block / 4);
    }
  }
  return out;
}

export function buildPyramid(base: NDArray, levels: number, resolution: number): PyramidLevel[] {
  const pyramid: PyramidLevel[] = [new PyramidLevel(0, base, resolution)];
  for (let z = 1; z < levels; z++) {
    const parent = pyramid[z - 1];
    if (Math.min(...parent.shape) < 2) break;
    const child = new PyramidLevel(z, downsample2x(parent.data), resolution);
    parent.coarser = child;
    child.finer = parent; // expect: no-reference-cycle
    pyramid.push(child);
  }
  return pyramid;
}

/** Per-level summary used by the tile server's metadata endpoint. */
export function describe(level: PyramidLevel): string {
  const { data } = level;
  const [rows, cols] = data.shape;
  return `z${level.zoom} ${rows}x${cols} @${level.resolution}m mean=${data.mean().toFixed(2)} range=[${data.min()}, ${data.max()}]`;
}

/** Overview statistics for one window, read from the coarsest level that still covers it with `minCells` cells. */
export function windowMean(pyramid: PyramidLevel[], r0: number, c0: number, size: number, minCells: number): number {
  let best = pyramid[0];
  for (const level of pyramid) {
    const scale = 2 ** level.zoom;
    const cells = Math.floor(size / scale) ** 2;
    if (cells >= minCells) best = level;
  }
  const scale = 2 ** best.zoom;
  const rs = Math.floor(r0 / scale);
  const cs = Math.floor(c0 / scale);
  const span = Math.max(1, Math.floor(size / scale));
  return best.data.slice(`${rs}:${rs + span}, ${cs}:${cs + span}`).mean();
}

const band = arange(0, 64).reshape(8, 8).astype("float32");
const pyramid = buildPyramid(band, 4, 10);
for (const level of pyramid) {
  console.log(describe(level));
}

console.log("coarsest level:", pyramid[0].coarsest().zoom);
console.log("window mean (0,0,4):", windowMean(pyramid, 0, 0, 4, 4));
console.log("window mean (4,4,4):", windowMean(pyramid, 4, 4, 4, 1));

const top = pyramid[pyramid.length - 1];
console.log("top-level values:", top.data.tolist());
