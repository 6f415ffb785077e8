// Sensor hub with an injected calibration service: subtracts per-channel offsets, orders readings for percentiles and reports.
import { array, NDArray } from "ndalias";

class SensorHub {
  readings: NDArray;
  readonly labels: string[];

  constructor(labels: string[], values: number[]) {
    this.labels = labels;
    this.readings = array(values);
  }

  ingest(values: number[]): void {
    this.readings.assign(":", array(values));
  }

  percentile(q: number): number {
    const ordered = this.readings.copy();
    ordered.sort();
    const k = Math.min(ordered.size - 1, Math.floor(q * ordered.size));
    return Number(ordered.get(k));
  }

  report(): string {
    return this.labels.map((l, i) => `${l}=${Number(this.readings.get(i)).toFixed(2)}`).join(", ");
  }
}

class Calibrator {
  constructor(
    private readonly offsets: NDArray,
    private readonly gains: NDArray,
  ) {}

  // Removes the bias of every channel, then corrects the gain.
  apply(hub: SensorHub): void {
    hub.readings.copy().isub(this.offsets); // expect: no-lost-write
    hub.readings.imul(this.gains);
  }

  residual(hub: SensorHub): number {
    const corrected = hub.readings.sub(this.offsets);
    corrected.imul(this.gains);
    return corrected.mean();
  }
}

class PercentileIndex {
  private cachedMedian = NaN;

  // Orders the hub's readings so later percentile lookups are cheap.
  prepare(hub: SensorHub): void {
    const ordered = hub.readings.flatten();
    ordered.sort(); // expect: no-lost-write
    this.cachedMedian = Number(hub.readings.get(Math.floor(hub.readings.size / 2)));
  }

  median(): number {
    return this.cachedMedian;
  }
}

class AlarmPolicy {
  constructor(private readonly limit: number) {}

  // Clamps the given readings to the limit in place.
  clamp(values: NDArray): void {
    for (let i = 0; i < values.size; i++) {
      if (Number(values.get(i)) > this.limit) {
        values.set(i, this.limit);
      }
    }
  }

  breaches(hub: SensorHub): number {
    let count = 0;
    for (let i = 0; i < hub.readings.size; i++) {
      if (Number(hub.readings.get(i)) >= this.limit) count++;
    }
    return count;
  }
}

const hub = new SensorHub(["t0", "t1", "t2", "t3", "t4"], [21.4, 19.8, 35.2, 22.1, 20.7]);
const calibrator = new Calibrator(array([0.4, -0.2, 0.1, 0.3, 0.0]), array([1.0, 1.02, 0.98, 1.0, 1.01]));
const index = new PercentileIndex();
const alarms = new AlarmPolicy(30);

console.log("raw:", hub.report());
console.log("expected residual:", calibrator.residual(hub).toFixed(3));
calibrator.apply(hub);
console.log("calibrated:", hub.report());

index.prepare(hub);
console.log("median:", index.median(), "p90:", hub.percentile(0.9));

console.log("breaches:", alarms.breaches(hub));
alarms.clamp(hub.readings);
console.log("clamped:", hub.report());

hub.ingest([22.0, 20.1, 29.5, 23.3, 21.0]);
console.log("next batch p50:", hub.percentile(0.5));
