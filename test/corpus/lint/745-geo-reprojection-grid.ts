// Reprojects a raster between two affine grids: coordinate grids, a rotated target CRS, cached sample grids and bilinear resampling with a validity mask.
import { zeros, ones, NDArray } from "ndalias";

interface Affine {
  originX: number;
  originY: number;
  pixelW: number;
  pixelH: number;
}

function pixelCentres(count: number, origin: number, step: number): NDArray {
  const out = zeros(count);
  for (let i = 0; i < count; i++) out.set(i, origin + (i + 0.5) * step);
  return out;
}

function coordinateGrids(rows: number, cols: number, a: Affine): [NDArray, NDArray] {
  const xs = zeros([rows, cols]);
  const ys = zeros([rows, cols]);
  const cx = pixelCentres(cols, a.originX, a.pixelW);
  const cy = pixelCentres(rows, a.originY, a.pixelH);
  for (let i = 0; i < rows; i++) {
    xs.slice(i).assign(":", cx);
    ys.slice(i).fill(cy.get(i));
  }
  return [xs, ys];
}

function wrapLongitudes(lon: NDArray): void {
  for (let i = 0; i < lon.size; i++) {
    let v = lon.data[i] as number;
    while (v > 180) v -= 360;
    while (v < -180) v += 360;
    lon.data[i] = v;
  }
}

function rotate(xs: NDArray, ys: NDArray, degrees: number, cx: number, cy: number): [NDArray, NDArray] {
  const t = (degrees * Math.PI) / 180;
  const dx = xs.sub(cx);
  const dy = ys.sub(cy);
  const rx = dx.mul(Math.cos(t)).sub(dy.mul(Math.sin(t)));
  const ry = dx.mul(Math.sin(t)).add(dy.mul(Math.cos(t)));
  rx.iadd(cx);
  ry.iadd(cy);
  return [rx, ry];
}

function toPixel(world: NDArray, origin: number, step: number): NDArray {
  const px = world.sub(origin);
  px.idiv(step);
  px.isub(0.5);
  return px;
}

function shiftGrid(coords: NDArray, offset: number): NDArray {
  const shifted = coords.copy();
  shifted.iadd(offset);
  return shifted;
}

function scaledGrid(base: NDArray, scale: number, shift: number): NDArray {
  let grid: NDArray = base;
  grid = grid.mul(scale);
  grid.iadd(shift);
  return grid;
}

function bilinear(src: NDArray, px: number, py: number): number {
  const rows = src.shape[0];
  const cols = src.shape[1];
  if (px < 0 || py < 0 || px > cols - 1 || py > rows - 1) return NaN;
  const x0 = Math.floor(px);
  const y0 = Math.floor(py);
  const x1 = Math.min(x0 + 1, cols - 1);
  const y1 = Math.min(y0 + 1, rows - 1);
  const fx = px - x0;
  const fy = py - y0;
  const top = src.get(y0, x0) * (1 - fx) + src.get(y0, x1) * fx;
  const bottom = src.get(y1, x0) * (1 - fx) + src.get(y1, x1) * fx;
  return top * (1 - fy) + bottom * fy;
}

class Reprojector {
  private readonly cache = new Map<string, [NDArray, NDArray]>();
  lastValidFraction = 0;

  constructor(readonly src: Affine, readonly dst: Affine, readonly rotationDeg: number) {}

  sampleGrid(rows: number, cols: number): [NDArray, NDArray] {
    const key = `${rows}x${cols}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const [xs, ys] = coordinateGrids(rows, cols, this.dst);
    const cx = this.dst.originX + (cols * this.dst.pixelW) / 2;
    const cy = this.dst.originY + (rows * this.dst.pixelH) / 2;
    const [wx, wy] = rotate(xs, ys, this.rotationDeg, cx, cy);
    const grid: [NDArray, NDArray] = [toPixel(wx, this.src.originX, this.src.pixelW), toPixel(wy, this.src.originY, this.src.pixelH)];
    this.cache.set(key, grid);
    return grid;
  }

  resample(src: NDArray, rows: number, cols: number): [NDArray, NDArray] {
    const [px, py] = this.sampleGrid(rows, cols);
    const out = zeros([rows, cols]);
    const valid = ones(rows * cols);
    for (let i = 0; i < rows; i++) {
      const rowValues = zeros(cols);
      for (let j = 0; j < cols; j++) {
        const v = bilinear(src, px.get(i, j), py.get(i, j));
        rowValues.set(j, Number.isNaN(v) ? 0 : v);
        if (Number.isNaN(v)) valid.set(i * cols + j, 0);
      }
      out.slice(i).assign(":", rowValues);
    }
    const mask2d = valid.reshape(rows, cols);
    this.lastValidFraction = mask2d.mean();
    return [out, mask2d];
  }
}

function columnProfile(grid: NDArray, col: number): number[] {
  const byColumn = grid.T;
  return byColumn.slice(col).tolist() as number[];
}

function sourceRaster(rows: number, cols: number): NDArray {
  const r = zeros([rows, cols]);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) r.set([i, j], 10 * i + j);
  }
  return r;
}

const srcAffine: Affine = { originX: 500000, originY: 4200000, pixelW: 30, pixelH: 30 };
const dstAffine: Affine = { originX: 500030, originY: 4200030, pixelW: 45, pixelH: 45 };
const reprojector = new Reprojector(srcAffine, dstAffine, 10);
const source = sourceRaster(8, 8);
const [resampled, mask] = reprojector.resample(source, 4, 4);
const [again] = reprojector.resample(source, 4, 4);

const lon = scaledGrid(pixelCentres(5, 85, 2), 2, 2);
wrapLongitudes(lon);
const eastShift = shiftGrid(lon, 2.5);

console.log("resampled:", resampled.tolist());
console.log("valid fraction:", reprojector.lastValidFraction.toFixed(3), "mask sum:", mask.sum());
console.log("second run identical:", again.sub(resampled).mul(again.sub(resampled)).sum() === 0);
console.log("column 1 of result:", columnProfile(resampled, 1));
console.log("wrapped lon:", lon.tolist(), "shifted:", eastShift.tolist());
console.log("source untouched:", source.get(7, 7), columnProfile(source, 0));
