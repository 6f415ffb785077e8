// Telemetry hub: an emitter hands each incoming batch of readings to registered probes (which return a metric) and sinks.
import { array, NDArray } from "ndalias";

type Probe = (batch: NDArray) => number;
type Sink = (batch: NDArray) => void;

class TelemetryHub {
  private readonly probes = new Map<string, Probe>();
  private readonly sinks: Sink[] = [];

  probe(name: string, fn: Probe): this {
    this.probes.set(name, fn);
    return this;
  }

  sink(fn: Sink): this {
    this.sinks.push(fn);
    return this;
  }

  emit(batch: NDArray): Map<string, number> {
    const metrics = new Map<string, number>();
    for (const sink of this.sinks) sink(batch);
    for (const [name, fn] of this.probes) metrics.set(name, fn(batch));
    return metrics;
  }
}

const SENSOR_LIMIT = 1000;
const hub = new TelemetryHub();

hub.sink((batch) => {
  for (let i = 0; i < batch.size; i++) {
    if (batch.get(i) > SENSOR_LIMIT) batch.set(i, SENSOR_LIMIT);
  }
});

hub.probe("peak", (batch) => batch.max());

hub.probe("spread", (batch) => {
  batch.isub(batch.min()); // expect: no-alias-mutation
  return batch.max();
});

hub.probe("rms", (batch) => {
  const centred = batch.sub(batch.mean());
  centred.imul(centred);
  return Math.sqrt(centred.mean());
});

hub.probe("recent-mean", (batch) => {
  const recent = batch.slice("-2:");
  recent.imul(0.5); // expect: no-view-mutation
  return recent.sum();
});

hub.sink((batch) => {
  console.log("batch received:", batch.tolist());
});

const batches = [array([12, 15, 1400, 13]), array([11, 11, 12, 14])];
for (const batch of batches) {
  const metrics = hub.emit(batch);
  console.log(Object.fromEntries(metrics));
}
console.log("last batch after processing:", batches[1].tolist());
