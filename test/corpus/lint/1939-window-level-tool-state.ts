// A viewer's window/level tool: keeps a lookup table, a display buffer and a module-level histogram and updates them in place.
import { arange, zeros, NDArray } from "ndalias";

const HISTOGRAM = zeros(16, "int32");
const HU_MIN = -1024;
const HU_MAX = 3071;

function accumulateHistogram(vol: NDArray): number {
  HISTOGRAM.fill(0);
  const binWidth = (HU_MAX - HU_MIN + 1) / HISTOGRAM.size;
  const flat = vol.ravel();
  for (let i = 0; i < flat.size; i++) {
    const bin = Math.min(HISTOGRAM.size - 1, Math.max(0, Math.floor((flat.get(i) - HU_MIN) / binWidth)));
    HISTOGRAM.set(bin, HISTOGRAM.get(bin) + 1);
  }
  return HISTOGRAM.max();
}

class WindowLevelTool {
  private lut: NDArray;
  private display: NDArray;
  center = 40;
  width = 400;
  private readonly lutOffset = HU_MIN;

  constructor(rows: number, cols: number) {
    this.lut = zeros(HU_MAX - HU_MIN + 1, "uint8");
    this.display = zeros([rows, cols], "uint8");
    this.rebuildLut();
  }

  rebuildLut(): number {
    const lo = this.center - this.width / 2;
    const hu = arange(HU_MIN, HU_MAX + 1);
    const scaled = hu.sub(lo).mul(255 / this.width);
    for (let i = 0; i < scaled.size; i++) {
      this.lut.set(i, Math.min(255, Math.max(0, Math.round(scaled.get(i)))));
    }
    return this.lut.mean();
  }

  drag(dx: number, dy: number): number {
    this.width = Math.max(1, this.width + dx);
    this.center += dy;
    return this.rebuildLut();
  }

  render(slice: NDArray): NDArray {
    const rows = this.display.shape[0];
    const cols = this.display.shape[1];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const hu = Math.round(slice.get(r, c));
        const idx = Math.min(this.lut.size - 1, Math.max(0, hu - this.lutOffset));
        this.display.set([r, c], this.lut.get(idx));
      }
    }
    return this.display.copy();
  }

  blank(): number {
    this.display.fill(0);
    return this.display.sum();
  }

  invertDisplay(): number {
    this.display.assign("...", this.display.astype("float64").mul(-1).add(255));
    return this.display.mean();
  }

  centreRowMean(): number {
    const row = this.display.slice(Math.floor(this.display.shape[0] / 2));
    return row.mean();
  }
}

const slice = arange(-200, 200, 25).reshape(4, 4);
console.log("histogram peak:", accumulateHistogram(slice), "bins:", HISTOGRAM.tolist());

const tool = new WindowLevelTool(4, 4);
const first = tool.render(slice);
console.log("first render:", first.tolist());

console.log("lut mean after drag:", tool.drag(200, -20).toFixed(2));
const second = tool.render(slice);
console.log("second render:", second.tolist(), "centre row mean:", tool.centreRowMean());

console.log("inverted mean:", tool.invertDisplay().toFixed(2));
console.log("first render is unchanged:", first.tolist());
console.log("after blank:", tool.blank(), "slice total:", slice.sum());
