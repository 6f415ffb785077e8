// Rolling metrics window for a service dashboard: the alert checker destructures the live window and zero-fills one series, and the exporter normalises a series it received.
// runnable
import { zeros, array, NDArray } from "ndalias";

interface Window {
  latency: NDArray;
  errors: NDArray;
}

class MetricsWindow {
  private readonly series: Window;
  private cursor = 0;

  constructor(private readonly size: number) {
    this.series = { latency: zeros(size), errors: zeros(size) };
  }

  record(latencyMs: number, errorCount: number): void {
    const i = this.cursor % this.size;
    this.series.latency.set(i, latencyMs);
    this.series.errors.set(i, errorCount);
    this.cursor++;
  }

  live(): Window {
    return this.series;
  }

  p50(): number {
    const sorted = this.series.latency.copy().sort();
    return sorted.get(Math.floor(this.size / 2));
  }

  errorRate(): number {
    return this.series.errors.sum() / this.size;
  }
}

function normalised(values: NDArray): NDArray {
  const peak = values.max();
  if (peak > 0) values.idiv(peak); // expect: no-alias-mutation
  return values;
}

function checkAlerts(m: MetricsWindow): boolean {
  const { latency, errors } = m.live();
  const spikes = errors.sum();
  if (spikes > 3) {
    latency.fill(0); // expect: no-alias-mutation
  }
  return m.p50() > 100;
}

const window = new MetricsWindow(6);
const samples = array([[80, 0], [95, 1], [130, 2], [70, 0], [110, 1], [90, 1]]);
for (let i = 0; i < 6; i++) window.record(samples.get(i, 0), samples.get(i, 1));

console.log("p50 before:", window.p50(), "error rate:", window.errorRate().toFixed(2));
console.log("alert:", checkAlerts(window), "p50 after:", window.p50());

const exportErrors = window.live().errors.copy();
const shape = normalised(exportErrors);
console.log("export shape:", shape.tolist(), "raw copy:", exportErrors.get(2));
