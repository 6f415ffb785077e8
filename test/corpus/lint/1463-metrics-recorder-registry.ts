// In-process metrics: module-level counters, a latency recorder over a captured ring buffer with listeners, and an object-dtype registry of metric buffers.
import { empty, zeros, NDArray } from "ndalias";

const COUNTERS = zeros(4);
const COUNTER_NAMES = ["requests", "errors", "retries", "timeouts"];

type MetricListener = (name: string, value: number) => void;

interface Recorder {
  record(ms: number): void;
  average(): number;
  worst(): number;
  onRecord(listener: MetricListener): void;
  buffer(): NDArray;
}

export function increment(name: string, by = 1): number {
  const slot = COUNTER_NAMES.indexOf(name);
  if (slot < 0) {
    throw new Error(`unknown counter ${name}, expected one of ${COUNTER_NAMES.join(", ")}`);
  }
  COUNTERS.set(slot, COUNTERS.get(slot) + by);
  return COUNTERS.get(slot);
}

export function resetCounters(): void {
  COUNTERS.fill(0);
}

export function createRecorder(size: number): Recorder {
  const samples = zeros(size);
  const listeners: MetricListener[] = [];
  let cursor = 0;
  let filled = 0;
  return {
    record(ms: number): void {
      samples.set(cursor, ms);
      cursor = (cursor + 1) % size;
      filled = Math.min(filled + 1, size);
      for (const listener of listeners) {
        listener("latency", ms);
      }
    },
    average(): number {
      return filled === 0 ? 0 : samples.slice(`:${filled}`).mean();
    },
    worst(): number {
      return samples.max();
    },
    onRecord(listener: MetricListener): void {
      listeners.push(listener);
    },
    buffer(): NDArray {
      return samples.copy();
    },
  };
}

function decayInPlace(buffer: NDArray, factor: number): void {
  buffer.imul(factor);
}

export function exportRegistry(recorder: Recorder): NDArray {
  const registry = empty(3, "object");
  registry.set(0, COUNTERS);
  registry.set(1, recorder.buffer());
  registry.set(2, zeros(2));
  return registry;
}

const recorder = createRecorder(5);
recorder.onRecord((name, value) => {
  if (value > 50) {
    increment("timeouts");
  }
  increment("requests");
});
recorder.onRecord((name, value) => console.log(`${name} sample: ${value} ms`));

for (const ms of [12, 40, 33, 8, 27, 90]) {
  recorder.record(ms);
}
increment("errors");
increment("retries", 2);

console.log("average latency:", recorder.average().toFixed(1), "worst:", recorder.worst());
console.log("counters:", COUNTERS.tolist());

const registry = exportRegistry(recorder);
console.log("registered buffers:", registry.size);

const smoothedLoad = zeros(3);
smoothedLoad.assign(":", 9);
decayInPlace(smoothedLoad, 0.5);
console.log("decayed load:", smoothedLoad.tolist());

resetCounters();
console.log("counters after reset:", COUNTERS.sum());
