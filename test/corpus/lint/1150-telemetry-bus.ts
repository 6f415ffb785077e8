// Telemetry station: registers calibration, reset and report handlers on a small event bus and fires them for one sensor session.
// runnable
import { array, zeros, NDArray } from "ndalias";

type Handler = (payload: number) => void;

interface EventBus {
  on(event: string, handler: Handler): void;
  emit(event: string, payload: number): void;
}

function createBus(): EventBus {
  const handlers = new Map<string, Handler[]>();
  return {
    on(event, handler) {
      const list = handlers.get(event) ?? [];
      list.push(handler);
      handlers.set(event, list);
    },
    emit(event, payload) {
      for (const h of handlers.get(event) ?? []) h(payload);
    },
  };
}

function describe(label: string, values: NDArray): string {
  return `${label}: mean=${values.mean().toFixed(3)} max=${values.max().toFixed(3)}`;
}

export function runSession(samples: number[][]): number {
  const bus = createBus();
  const readings = zeros(6);
  const baseline = zeros(6);
  let cursor = 0;
  const log: string[] = [];

  bus.on("sample", (value) => {
    readings.set(cursor % readings.size, value);
    cursor += 1;
  });

  bus.on("calibrate", (bias) => {
    // warm-up samples drift, subtract the bias from the first three channels only
    const warmup = readings.slice("0:3");
    warmup.isub(bias); // expect: no-view-mutation
    log.push(describe("after calibration", readings));
  });

  bus.on("baseline", () => {
    const frozen = readings.copy();
    baseline.assign(":", frozen);
    log.push(describe("baseline", baseline));
  });

  bus.on("clip", (limit) => {
    readings.slice("3:").fill(Math.min(limit, readings.max()));
    log.push(describe("clipped tail", readings));
  });

  bus.on("reset", () => {
    const cleared = readings.copy();
    cleared.fill(0); // expect: no-lost-write
    cursor = 0;
    log.push("reset requested");
  });

  for (const row of samples) {
    for (const v of row) bus.emit("sample", v);
  }
  bus.emit("baseline", 0);
  bus.emit("calibrate", 0.25);
  bus.emit("clip", 4);
  bus.emit("reset", 0);

  const drift = readings.sub(baseline);
  for (const line of log) console.log(line);
  console.log("drift:", drift.tolist());
  return drift.sum();
}

function summarizeChannels(table: NDArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < table.shape[0]; i++) {
    out.push(table.slice(i).mean());
  }
  return out;
}

const session = [
  [1.2, 1.4, 1.1],
  [3.9, 4.2, 5.5],
];
const total = runSession(session);
console.log("total drift:", total.toFixed(3));
console.log("channel means:", summarizeChannels(array(session)));
