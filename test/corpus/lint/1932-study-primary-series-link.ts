// Opens a CT study with its primary series, links the two both ways, builds a thumbnail and applies a background correction.
import { arange, zeros, NDArray } from "ndalias";

class Series {
  study: Study | null = null;
  pixels: NDArray;
  windowCenter = 40;
  windowWidth = 400;

  constructor(readonly seriesUid: string, readonly description: string, pixels: NDArray) {
    this.pixels = pixels;
  }

  sliceCount(): number {
    return this.pixels.shape[0];
  }

  meanOfSlice(z: number): number {
    return this.pixels.slice(z).mean();
  }
}

class Study {
  primary: Series | null = null;
  thumbnail: NDArray;

  constructor(readonly studyUid: string, readonly patientId: string, thumbSize: number) {
    this.thumbnail = zeros([thumbSize, thumbSize]);
  }

  refreshThumbnail(): void {
    if (this.primary === null) {
      this.thumbnail.fill(0);
      return;
    }
    const px = this.primary.pixels;
    const mid = Math.floor(px.shape[0] / 2);
    const size = this.thumbnail.shape[0];
    const step = Math.max(1, Math.floor(px.shape[1] / size));
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        this.thumbnail.set([r, c], px.get(mid, r * step, c * step));
      }
    }
  }

  describe(): string {
    const n = this.primary?.sliceCount() ?? 0;
    return `${this.studyUid} (patient ${this.patientId}): ${n} slices, thumbnail mean ${this.thumbnail.mean().toFixed(1)}`;
  }
}

function syntheticPixels(slices: number, rows: number, cols: number): NDArray {
  const px = arange(0, slices * rows * cols).reshape(slices, rows, cols).astype("float64");
  px.imul(4);
  px.isub(300);
  return px;
}

function openStudy(studyUid: string, patientId: string, seriesUid: string): Study {
  const study = new Study(studyUid, patientId, 2);
  const series = new Series(seriesUid, "AXIAL 1.25mm", syntheticPixels(3, 4, 4));
  study.primary = series;
  series.study = study; // expect: no-reference-cycle
  study.refreshThumbnail();
  return study;
}

function estimateBackground(px: NDArray): number {
  const corners = [
    px.get(0, 0, 0),
    px.get(0, 0, px.shape[2] - 1),
    px.get(0, px.shape[1] - 1, 0),
    px.get(0, px.shape[1] - 1, px.shape[2] - 1),
  ];
  return corners.reduce((a, b) => a + b, 0) / corners.length;
}

const study = openStudy("1.3.12.2.1107", "PAT-0042", "1.3.12.2.1107.5");
console.log(study.describe());

const series = study.primary!;
for (let z = 0; z < series.sliceCount(); z++) {
  console.log(`  slice ${z}: mean ${series.meanOfSlice(z).toFixed(1)}`);
}

const smoothed = series.pixels.copy();
smoothed.imul(0.5);
smoothed.iadd(series.pixels.mul(0.5));
console.log("smoothed mean:", smoothed.mean());

const background = estimateBackground(series.pixels);
const corrected = series.pixels;
corrected.isub(background); // expect: no-alias-mutation
console.log("corrected range:", corrected.min(), "to", corrected.max());

study.refreshThumbnail();
console.log("thumbnail:", study.thumbnail.tolist());
console.log("series mean for the report:", series.pixels.mean().toFixed(2));
