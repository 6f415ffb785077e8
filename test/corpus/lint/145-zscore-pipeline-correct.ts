// Feature standardisation pipeline: names are rebound to fresh results before any write, views are taken only after the edits they show, and fitted statistics are handed out as copies.
import { array, zeros, NDArray } from "ndalias";

class Standardiser {
  private mean: NDArray = zeros(0);
  private scale: NDArray = zeros(0);
  private fitted = false;

  fit(rows: NDArray): this {
    const n = rows.shape[0];
    const d = rows.shape[1];
    this.mean = zeros(d);
    this.scale = zeros(d);
    for (let j = 0; j < d; j++) {
      const col = rows.slice(":", j);
      const m = col.mean();
      this.mean.set(j, m);
      const centred = col.sub(m);
      this.scale.set(j, Math.sqrt(centred.mul(centred).sum() / Math.max(1, n - 1)) || 1);
    }
    this.fitted = true;
    return this;
  }

  transform(rows: NDArray): NDArray {
    if (!this.fitted) throw new Error("fit first");
    let out = rows;
    out = out.sub(this.mean);
    out.idiv(this.scale);
    return out;
  }

  params(): { mean: NDArray; scale: NDArray } {
    return { mean: this.mean.copy(), scale: this.scale.copy() };
  }
}

function clipOutliers(x: NDArray, limit: number): NDArray {
  const clipped = x.copy();
  for (let i = 0; i < clipped.shape[0]; i++) {
    for (let j = 0; j < clipped.shape[1]; j++) {
      const v = clipped.get(i, j);
      if (Math.abs(v) > limit) clipped.set([i, j], Math.sign(v) * limit);
    }
  }
  return clipped;
}

const raw = array([
  [1.0, 200, 3],
  [2.0, 180, 4],
  [3.0, 260, 2],
  [4.0, 150, 9],
]);
raw.set([3, 2], 5);
const firstFeature = raw.slice(":", 0);
const latestRow = raw.slice(3);
console.log("first feature:", firstFeature.tolist(), "latest:", latestRow.tolist());

const scaler = new Standardiser().fit(raw);
const z = clipOutliers(scaler.transform(raw), 1.5);
const { mean, scale } = scaler.params();
mean.fill(0);
scale.fill(1);
console.log("z:", z.tolist(), "identity params:", mean.tolist(), scale.tolist());
console.log("again:", scaler.transform(raw).slice(0).tolist(), "raw intact:", raw.get(0, 1));
