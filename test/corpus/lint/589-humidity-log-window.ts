// A bounded log of humidity readings with a getter for the latest window, used to report recent deviations from their mean.
import { zeros, NDArray } from "ndalias";

class HumidityLog {
  readonly readings: NDArray;
  private filled = 0;

  constructor(capacity: number) {
    this.readings = zeros(capacity);
  }

  record(value: number): void {
    if (this.filled === this.readings.size) {
      this.readings.slice(":-1").assign(":", this.readings.slice("1:").copy());
      this.filled -= 1;
    }
    this.readings.set(this.filled, value);
    this.filled += 1;
  }

  get latest(): NDArray {
    const start = Math.max(0, this.filled - 3);
    return this.readings.slice(`${start}:${this.filled}`);
  }

  get count(): number {
    return this.filled;
  }

  average(): number {
    return this.readings.slice(`:${this.filled}`).mean();
  }
}

const log = new HumidityLog(6);
for (const v of [41, 43, 47, 52, 50, 49, 55]) {
  log.record(v);
}
console.log("average humidity:", log.average().toFixed(1));

const trend = log.latest;
trend.isub(trend.mean()); // expect: no-view-mutation

console.log("recent deviations:", trend.tolist());
console.log("stored readings:", log.readings.tolist(), "count:", log.count);
