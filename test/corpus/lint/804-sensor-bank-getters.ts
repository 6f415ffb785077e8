// A bank of temperature sensors that calibrates its readings, orders channels by mean and hands out copies for analysis.
import { array, NDArray } from "ndalias";

class SensorBank {
  private readings: NDArray;
  private offsets: number[];
  private labels: string[];

  constructor(readings: NDArray, offsets: number[], labels: string[]) {
    this.readings = readings.copy();
    this.offsets = [...offsets];
    this.labels = [...labels];
  }

  /** Every channel as its own array; callers may modify them freely. */
  get channels(): NDArray[] {
    const out: NDArray[] = [];
    for (let i = 0; i < this.readings.shape[0]; i++) out.push(this.readings.slice(i).copy());
    return out;
  }

  get names(): string[] {
    return [...this.labels];
  }

  /** The coldest and warmest channel, as copies. */
  extremes(): [NDArray, NDArray] {
    let lo = 0;
    let hi = 0;
    for (let i = 1; i < this.readings.shape[0]; i++) {
      if (this.readings.slice(i).mean() < this.readings.slice(lo).mean()) lo = i;
      if (this.readings.slice(i).mean() > this.readings.slice(hi).mean()) hi = i;
    }
    return [this.readings.slice(lo).copy(), this.readings.slice(hi).copy()];
  }

  calibrate(): void {
    const [n, m] = this.readings.shape;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        this.readings.set([i, j], this.readings.get(i, j) - this.offsets[i]);
      }
    }
    this.offsets = this.offsets.map(() => 0);
  }

  /** Selection sort on channel means; rows are exchanged through copies. */
  sortByMean(): void {
    const n = this.readings.shape[0];
    for (let k = 0; k < n - 1; k++) {
      let best = k;
      for (let i = k + 1; i < n; i++) {
        if (this.readings.slice(i).mean() < this.readings.slice(best).mean()) best = i;
      }
      if (best === k) continue;
      const rowK = this.readings.slice(k).copy();
      const rowBest = this.readings.slice(best).copy();
      this.readings.assign(String(k), rowBest);
      this.readings.assign(String(best), rowK);
      [this.labels[k], this.labels[best]] = [this.labels[best], this.labels[k]];
      [this.offsets[k], this.offsets[best]] = [this.offsets[best], this.offsets[k]];
    }
  }

  overallMean(): number {
    return this.readings.mean();
  }
}

function correlation(a: NDArray, b: NDArray): number {
  const da = a.sub(a.mean());
  const db = b.sub(b.mean());
  return da.mul(db).sum() / Math.sqrt(da.mul(da).sum() * db.mul(db).sum());
}

const raw = array([
  [21.4, 21.9, 22.3, 22.8, 23.1],
  [19.0, 19.2, 19.9, 20.1, 20.6],
  [25.2, 25.0, 24.7, 24.9, 24.4],
  [22.0, 22.6, 23.3, 23.5, 24.2],
]);
const bank = new SensorBank(raw, [0.4, -0.3, 0.9, 0.0], ["hall", "cellar", "attic", "kitchen"]);

bank.calibrate();
bank.sortByMean();
console.log("order by mean:", bank.names.join(" < "));

// each getter call hands out fresh copies
const chans = bank.channels;
chans[0].isub(chans[0].mean());
console.log("coldest channel, centred:", chans[0].tolist());
console.log("bank mean unaffected:", bank.overallMean().toFixed(3));

const [coldest, warmest] = bank.extremes();
warmest.isub(coldest);
console.log("warmest minus coldest:", warmest.tolist(), "coldest mean:", coldest.mean().toFixed(2));

const fresh = bank.channels;
const names = bank.names;
for (let i = 0; i < fresh.length; i++) {
  for (let j = i + 1; j < fresh.length; j++) {
    console.log(`${names[i]} ~ ${names[j]}: r = ${correlation(fresh[i], fresh[j]).toFixed(3)}`);
  }
}
console.log("raw input untouched:", raw.get(0, 0) === 21.4);
