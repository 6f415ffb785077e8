// Converts an RGB tile to YCbCr, subsamples chroma 4:2:0 and maps each plane into the codec's studio-swing input range.
import { zeros, NDArray } from "ndalias";

interface Planes {
  y: NDArray;
  cb: NDArray;
  cr: NDArray;
}

function toYCbCr(rgb: NDArray): Planes {
  const r = rgb.slice("..., 0");
  const g = rgb.slice("..., 1");
  const b = rgb.slice("..., 2");
  const y = r.mul(0.299).add(g.mul(0.587)).add(b.mul(0.114));
  const cb = b.sub(y).mul(0.564).add(128);
  const cr = r.sub(y).mul(0.713).add(128);
  return { y, cb, cr };
}

function subsample420(plane: NDArray): NDArray {
  const h = plane.shape[0] / 2;
  const w = plane.shape[1] / 2;
  const out = zeros([h, w]);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const s = plane.get(2 * i, 2 * j) + plane.get(2 * i + 1, 2 * j) + plane.get(2 * i, 2 * j + 1) + plane.get(2 * i + 1, 2 * j + 1);
      out.set([i, j], s / 4);
    }
  }
  return out;
}

const tile = zeros([8, 8, 3]);
for (let i = 0; i < 8; i++) {
  for (let j = 0; j < 8; j++) {
    tile.set([i, j, 0], 32 * (i % 8));
    tile.set([i, j, 1], 30 * (j % 8));
    tile.set([i, j, 2], 255 - 20 * i);
  }
}

const planes = toYCbCr(tile);
planes.y.imul(219 / 255);
planes.y.iadd(16);

const cb420 = subsample420(planes.cb);
const cr420 = subsample420(planes.cr);
cb420.isub(128);
cb420.imul(224 / 255);
cb420.iadd(128);
cr420.isub(128);
cr420.imul(224 / 255);
cr420.iadd(128);

const evenRows = planes.y.take([0, 2, 4, 6], 0);
evenRows.isub(16);

const diag = planes.y.diagonal();
console.log("luma diagonal:", diag.tolist());
console.log("luma range:", planes.y.min().toFixed(1), planes.y.max().toFixed(1));
console.log("chroma means:", cb420.mean().toFixed(2), cr420.mean().toFixed(2));
console.log("even luma rows (offset removed) mean:", evenRows.mean().toFixed(2), "tile total:", tile.sum());
