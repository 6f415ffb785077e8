// Cleans telemetry frames from an async source, emits the cleaned copies to archive and alert listeners and prints a scaled summary per frame.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

const ALERT_LEVEL = 90;

async function* telemetry(rows: number[][]): AsyncGenerator<NDArray> {
  for (const row of rows) {
    await Promise.resolve();
    yield array(row);
  }
}

function scaledSummary(frame: NDArray, scale: number): NDArray {
  const scaled = frame.mul(scale);
  scaled.iadd(1);
  return scaled;
}

function medianOf(frame: NDArray): number {
  const ordered = frame.flatten();
  ordered.sort();
  return ordered.get(Math.floor(ordered.size / 2));
}

function leadingPair(frame: NDArray): number {
  return frame.take([0, 1]).sum();
}

async function run(rows: number[][]): Promise<number> {
  const bus = new EventEmitter();
  const archive: number[][] = [];
  let alerts = 0;

  bus.on("frame", (frame: NDArray) => archive.push(frame.tolist() as number[]));
  bus.on("frame", (frame: NDArray) => {
    if (frame.max() > ALERT_LEVEL) {
      alerts++;
      console.log("alert: reading above", ALERT_LEVEL, frame.tolist());
    }
  });
  bus.on("quantised", (levels: NDArray) => {
    console.log("quantised levels:", levels.tolist());
  });

  for await (const raw of telemetry(rows)) {
    const cleaned = raw.copy();
    for (let i = 0; i < cleaned.size; i++) {
      if (Number.isNaN(cleaned.get(i))) {
        cleaned.set(i, 0);
      }
    }
    bus.emit("frame", cleaned);

    const levels = cleaned.astype("float32");
    levels.idiv(10);
    bus.emit("quantised", levels);

    const summary = scaledSummary(cleaned, 0.01);
    console.log(
      "summary:", summary.tolist(),
      "median:", medianOf(cleaned),
      "leading pair:", leadingPair(cleaned),
    );
  }

  console.log("archived frames:", archive.length);
  return alerts;
}

const ROWS = [
  [12, 40, Number.NaN, 55],
  [70, 95, 60, 20],
  [Number.NaN, 30, 35, 99],
];

run(ROWS)
  .then((alerts) => {
    console.log("alerts raised:", alerts);
  })
  .catch((err: unknown) => {
    console.error("telemetry run failed:", err);
    process.exitCode = 1;
  });
