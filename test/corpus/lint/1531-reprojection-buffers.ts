// Reprojects a source raster onto a target grid by nearest-neighbour lookup and converts ellipsoidal heights with a geoid grid.
import { array, full, zeros, NDArray } from "ndalias";

export interface GeoTransform {
  originX: number;
  originY: number;
  pixel: number;
}

export interface ReprojectionContext {
  src: NDArray;
  srcTransform: GeoTransform;
  dstShape: [number, number];
  dstTransform: GeoTransform;
  nodata: number;
}

/** Coarse geoid undulation grid (metres), shared by every conversion in the process. */
const GEOID_UNDULATION = array([
  [47.1, 47.3, 47.6],
  [46.8, 47.0, 47.2],
  [46.4, 46.7, 46.9],
]);

function worldToPixel(t: GeoTransform, x: number, y: number): [number, number] {
  return [Math.floor((t.originY - y) / t.pixel), Math.floor((x - t.originX) / t.pixel)];
}

function pixelCentre(t: GeoTransform, row: number, col: number): [number, number] {
  return [t.originX + (col + 0.5) * t.pixel, t.originY - (row + 0.5) * t.pixel];
}

export function reprojectNearest(ctx: ReprojectionContext): NDArray {
  const [rows, cols] = ctx.dstShape;
  const out = full([rows, cols], ctx.nodata);
  const [srcRows, srcCols] = ctx.src.shape;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [x, y] = pixelCentre(ctx.dstTransform, r, c);
      const [sr, sc] = worldToPixel(ctx.srcTransform, x, y);
      if (sr >= 0 && sr < srcRows && sc >= 0 && sc < srcCols) {
        out.set([r, c], ctx.src.get(sr, sc));
      }
    }
  }
  return out;
}

/** Share of source cells that carry data; NaN cells are normalised to the nodata value on the way. */
export function sourceValidFraction(ctx: ReprojectionContext): number {
  let valid = 0;
  for (let i = 0; i < ctx.src.size; i++) {
    if (Number.isNaN(ctx.src.data[i])) {
      ctx.src.data[i] = ctx.nodata; // expect: no-alias-mutation
    }
    if (ctx.src.data[i] !== ctx.nodata) valid++;
  }
  return valid / ctx.src.size;
}

/** Orthometric heights H = h - N, with the geoid grid given in `unitsPerMetre`. */
export function orthometric(heights: NDArray, unitsPerMetre: number): NDArray {
  const undulation = GEOID_UNDULATION;
  if (unitsPerMetre !== 1) {
    undulation.imul(unitsPerMetre); // expect: no-alias-mutation
  }
  return heights.sub(undulation);
}

export class Reprojector {
  private scratch: NDArray;
  constructor(private readonly ctx: ReprojectionContext) {
    this.scratch = zeros(ctx.dstShape);
  }

  /** Coverage of the target grid: fraction of cells that received a source value. */
  coverage(): number {
    this.scratch.fill(0);
    const result = reprojectNearest(this.ctx);
    for (let i = 0; i < result.size; i++) {
      if (result.data[i] !== this.ctx.nodata) this.scratch.data[i] = 1;
    }
    return this.scratch.mean();
  }
}

const ctx: ReprojectionContext = {
  src: array([
    [101.2, 102.5, Number.NaN, 104.1],
    [100.7, 101.9, 103.0, 103.8],
    [99.8, 100.6, 101.7, 102.9],
  ]),
  srcTransform: { originX: 500000, originY: 4200090, pixel: 30 },
  dstShape: [3, 3],
  dstTransform: { originX: 500010, originY: 4200080, pixel: 40 },
  nodata: -9999,
};

console.log("valid source fraction:", sourceValidFraction(ctx).toFixed(3));
const target = reprojectNearest(ctx);
console.log("reprojected:", target.tolist());
console.log("coverage:", new Reprojector(ctx).coverage().toFixed(3));
console.log("orthometric (m):", orthometric(target, 1).tolist());
console.log("orthometric (ft):", orthometric(target.mul(3.28084), 3.28084).tolist());
