// Annotation bookkeeping for a longitudinal study: ROIs point to their scan and to an earlier baseline, measurements go into object-dtype tables, nothing points back.
import { empty, zeros, NDArray } from "ndalias";

class Scan {
  readonly voxels: NDArray;
  source: Scan | null = null;
  constructor(readonly date: string, voxels: NDArray) {
    this.voxels = voxels;
  }

  resampled(factor: number): Scan {
    const out = new Scan(this.date, this.voxels.slice(":", `::${factor}`, `::${factor}`).copy());
    out.source = this;
    return out;
  }
}

class Roi {
  readonly mask: NDArray;
  baseline: Roi | null = null;
  constructor(readonly name: string, readonly scan: Scan, z: number, y0: number, y1: number, x0: number, x1: number) {
    this.mask = zeros(scan.voxels.shape, "uint8");
    this.mask.slice(z, `${y0}:${y1}`, `${x0}:${x1}`).fill(1);
  }

  meanValue(): number {
    return this.scan.voxels.mul(this.mask).sum() / Math.max(1, this.mask.sum());
  }
}

function makeScan(date: string, lesion: number): Scan {
  const vox = zeros([3, 8, 8]);
  for (let z = 0; z < 3; z++) {
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) {
        vox.set([z, y, x], Math.hypot(y - 4, x - 4) < 2 ? lesion : 40);
      }
    }
  }
  return new Scan(date, vox);
}

/** Builds the timeline: each ROI points to the previous one, the oldest has no baseline. */
export function trackLesion(scans: Scan[]): Roi[] {
  const first = new Roi("T0", scans[0], 1, 2, 6, 2, 6);
  const second = new Roi("T1", scans[1], 1, 2, 6, 2, 6);
  const third = new Roi("T2", scans[2], 1, 1, 7, 1, 7);
  second.baseline = first;
  third.baseline = second;
  return [first, second, third];
}

/** A measurement table: slot 0 the mask, slot 1 a 1-element array with the mean. */
export function measurementTable(roi: Roi): NDArray {
  const table = empty(2, "object");
  table.set(0, roi.mask);
  const mean = zeros(1);
  mean.set(0, roi.meanValue());
  table.set(1, mean);
  return table;
}

/** Groups the measurement tables of a timeline in an outer table. */
export function reportTable(rois: Roi[]): NDArray {
  const outer = empty(rois.length, "object");
  for (let i = 0; i < rois.length; i++) {
    const inner = measurementTable(rois[i]);
    outer.set(i, inner);
  }
  return outer;
}

export function changeFromBaseline(roi: Roi): number | null {
  const base = roi.baseline;
  return base ? roi.meanValue() - base.meanValue() : null;
}

const scans = [makeScan("2023-01", 120), makeScan("2023-07", 135), makeScan("2024-01", 160)];
const timeline = trackLesion(scans);
for (const roi of timeline) {
  const delta = changeFromBaseline(roi);
  console.log(`${roi.name} (${roi.scan.date}): mean ${roi.meanValue().toFixed(1)}`, delta === null ? "baseline" : `change ${delta.toFixed(1)}`);
}

const report = reportTable(timeline);
for (let i = 0; i < report.size; i++) {
  const row: NDArray = report.get(i);
  const mean: NDArray = row.get(1);
  console.log("report row", i, "mean", mean.get(0).toFixed(1));
}

const lowRes = scans[2].resampled(2);
console.log("low-res scan from", lowRes.source?.date, "shape", lowRes.voxels.shape, "peak", lowRes.voxels.max());
report.dispose();
