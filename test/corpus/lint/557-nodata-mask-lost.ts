// Ingest helpers for a scanned elevation band: masks invalid cells, converts to orthometric heights and builds a quick histogram.
import { array, zeros, NDArray } from "ndalias";

const NODATA = -32768;

/** Marks every cell below the sensor floor as nodata before the band is analysed. */
export function maskBelowFloor(band: NDArray, floor: number): void {
  const work = band.astype("float64");
  for (let i = 0; i < band.shape[0]; i++) {
    for (let j = 0; j < band.shape[1]; j++) {
      const v: number = band.get(i, j);
      if (v < floor) {
        work.set([i, j], NODATA); // expect: no-lost-write
      }
    }
  }
}

/** Ellipsoidal heights to orthometric heights, applied to the band in place. */
export function toOrthometric(heights: NDArray, geoidOffset: number, verticalScale: number): void {
  heights.sub(geoidOffset).imul(verticalScale); // expect: no-lost-write
}

/** Counts of valid cells in equal-width bins between the band's extremes. */
export function histogram(band: NDArray, bins: number): NDArray {
  const valid: number[] = [];
  for (let i = 0; i < band.size; i++) {
    const v = band.data[band.offset + i] as number;
    if (v !== NODATA) valid.push(v);
  }
  const counts = zeros(bins);
  if (valid.length === 0) return counts;
  const lo = Math.min(...valid);
  const width = (Math.max(...valid) - lo) / bins || 1;
  for (const v of valid) {
    const b = Math.min(bins - 1, Math.floor((v - lo) / width));
    counts.set(b, (counts.get(b) as number) + 1);
  }
  return counts;
}

/** Heights rescaled to 0..1 for a preview image; the band itself is left untouched. */
export function previewStretch(band: NDArray): NDArray {
  const stretched = band.astype("float32");
  const lo = stretched.min();
  const hi = stretched.max();
  stretched.isub(lo);
  if (hi > lo) stretched.idiv(hi - lo);
  return stretched;
}

const band = array([
  [120, 118, -40000, 131],
  [119, 125, 128, 133],
  [-40000, 122, 127, 140],
]);

maskBelowFloor(band, -1000);
toOrthometric(band, 42.5, 1.0);
console.log("histogram:", histogram(band, 4).tolist());
console.log("preview:", previewStretch(band).tolist());
