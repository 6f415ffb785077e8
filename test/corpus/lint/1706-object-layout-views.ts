// Grey-image tile utilities as objects of functions: lays a pixel stream out as a grid, brightens the top band and reports tile statistics.
// runnable
import { arange, NDArray } from "ndalias";

const Layout = {
  asGrid(flat: NDArray, width: number): NDArray {
    if (flat.size % width !== 0) {
      throw new RangeError(`cannot lay ${flat.size} pixels out in rows of ${width}`);
    }
    return flat.reshape(flat.size / width, width);
  },
  band(img: NDArray, from: number, to: number): NDArray {
    return img.slice(`${from}:${to}`);
  },
  column(img: NDArray, c: number): NDArray {
    return img.slice(":", c);
  },
};

const Tiles = {
  gridOf(flat: NDArray, width: number): NDArray {
    return Layout.asGrid(flat, width);
  },
  topBand(img: NDArray): NDArray {
    return Layout.band(img, 0, 2);
  },
  leftEdge(img: NDArray): NDArray {
    return Layout.column(img, 0);
  },
};

const Stats = {
  contrast(img: NDArray): number {
    return img.max() - img.min();
  },
  edgeMean(img: NDArray): number {
    return Tiles.leftEdge(img).mean();
  },
  describe(label: string, img: NDArray): string {
    return `${label}: mean=${img.mean().toFixed(2)} contrast=${Stats.contrast(img)}`;
  },
};

const Enhance = {
  brightenedCopy(img: NDArray, gain: number): NDArray {
    const out = img.copy();
    out.slice("0:2").imul(gain);
    return out;
  },
  brightenBand(img: NDArray, gain: number): NDArray {
    const top = Tiles.topBand(img);
    top.imul(gain); // expect: no-view-mutation
    return img;
  },
  inverted(img: NDArray): NDArray {
    const out = img.mul(-1);
    out.iadd(img.max());
    return out;
  },
};

const pixels = arange(16);
const grid = Tiles.gridOf(pixels, 4);
console.log(Stats.describe("grid", grid));
console.log("left edge mean:", Stats.edgeMean(grid));

const preview = Enhance.brightenedCopy(grid, 2);
console.log(Stats.describe("preview", preview));

const negative = Enhance.inverted(grid);
console.log(Stats.describe("negative", negative));

// A calibration marker is stamped into the raw stream before it is exported.
pixels.set(0, 255); // expect: no-view-mutation
console.log("exported stream head:", (pixels.tolist() as number[]).slice(0, 4).join(" "));

// The grid statistics are meant to describe the camera image, not the export marker.
console.log(Stats.describe("grid after export", grid));

const lit = Enhance.brightenBand(grid, 1.5);
console.log("lit total:", lit.sum());
console.log("raw pixels:", pixels.tolist());
