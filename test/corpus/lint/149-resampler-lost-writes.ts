// Sensor time-series cleaner: gap filling, unit conversion and detrending each write into a fresh result that the method then forgets, instead of into the stored series.
// runnable
import { array, NDArray } from "ndalias";

class SeriesCleaner {
  private values: NDArray;
  private readonly timestamps: NDArray;

  constructor(values: number[], timestamps: number[]) {
    this.values = array(values);
    this.timestamps = array(timestamps);
  }

  fillGaps(missing: number): number {
    let filled = 0;
    for (let i = 1; i < this.values.size - 1; i++) {
      if (this.values.get(i) === missing) {
        const avg = (this.values.get(i - 1) + this.values.get(i + 1)) / 2;
        this.values.flatten().set(i, avg); // expect: no-lost-write
        filled++;
      }
    }
    return filled;
  }

  toFahrenheit(): NDArray {
    const f = this.values.mul(1.8);
    f.iadd(32);
    return f;
  }

  detrend(): NDArray {
    const span = this.timestamps.get(this.timestamps.size - 1) - this.timestamps.get(0);
    const slope = (this.values.get(this.values.size - 1) - this.values.get(0)) / span;
    const trend = this.timestamps.sub(this.timestamps.get(0)).mul(slope);
    const detrended = this.values.sub(trend);
    detrended.isub(this.values.get(0)); // expect: no-lost-write
    return this.values;
  }

  quantise(step: number): void {
    const q = this.values.astype("int32");
    for (let i = 0; i < q.size; i++) q.set(i, Math.round(this.values.get(i) / step) * step);
    this.values = q.astype("float64");
  }

  series(): number[] {
    return this.values.tolist() as number[];
  }
}

const cleaner = new SeriesCleaner([20.5, -999, 21.5, 22.0, 23.1], [0, 60, 120, 180, 240]);
console.log("gaps filled:", cleaner.fillGaps(-999));
console.log("fahrenheit:", cleaner.toFahrenheit().tolist());
console.log("detrended:", cleaner.detrend().tolist());
cleaner.quantise(0.5);
console.log("quantised:", cleaner.series());
