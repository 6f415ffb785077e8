// A camera pipeline crops a region of interest from each frame copy, equalises it, and keeps per-frame stats in a map keyed by frame id.
import { array, NDArray } from "ndalias";

interface Roi {
  rows: string;
  cols: string;
}

class CameraPipeline {
  private stats = new Map<number, NDArray>();
  constructor(readonly roi: Roi) {}
  process(id: number, frame: NDArray): NDArray {
    const crop = frame.slice(this.roi.rows, this.roi.cols).copy();
    const lo = crop.min();
    const hi = crop.max();
    crop.isub(lo);
    if (hi > lo) crop.idiv(hi - lo);
    this.stats.set(id, array([lo, hi, crop.mean()]));
    return crop;
  }
  range(id: number): number {
    const s = this.stats.get(id);
    return s ? s.get(1) - s.get(0) : 0;
  }
}

const frames = new Map<number, NDArray>([
  [1, array([[10, 20, 30, 40], [50, 60, 70, 80], [90, 100, 110, 120]])],
  [2, array([[5, 5, 5, 5], [5, 9, 9, 5], [5, 5, 5, 5]])],
]);
const pipe = new CameraPipeline({ rows: "1:3", cols: "1:3" });
const outputs: NDArray[] = [];
for (const [id, frame] of frames) {
  const eq = pipe.process(id, frame);
  outputs.push(eq);
  console.log(`frame ${id}: range ${pipe.range(id)}, equalised ${JSON.stringify(eq.tolist())}`);
}
const stacked = outputs.map((o) => o.sum());
console.log("equalised sums:", stacked, "first raw frame:", frames.get(1)?.tolist());
