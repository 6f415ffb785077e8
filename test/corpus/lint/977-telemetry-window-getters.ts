// A rolling telemetry window: a ring buffer class exposes getters for the latest frame, the history and a snapshot, consumed by a dashboard and an alarm check.
import { array, zeros, NDArray } from "ndalias";

class TelemetryWindow {
  private buf: NDArray;
  private head = 0;
  private filled = 0;

  constructor(readonly channels: number, readonly capacity: number) {
    this.buf = zeros([capacity, channels]);
  }

  push(frame: NDArray): void {
    this.buf.slice(this.head).assign(":", frame);
    this.head = (this.head + 1) % this.capacity;
    this.filled = Math.min(this.filled + 1, this.capacity);
  }

  get latest(): NDArray {
    const idx = (this.head + this.capacity - 1) % this.capacity;
    return this.buf.slice(idx);
  }

  get history(): NDArray {
    return this.buf;
  }

  get snapshot(): NDArray {
    return this.buf.copy();
  }

  get size(): number {
    return this.filled;
  }

  channelMean(channel: number): number {
    return this.buf.slice(":", channel).sum() / Math.max(1, this.filled);
  }

  decay(factor: number): void {
    this.buf.imul(factor);
  }
}

type Formatter = (values: number[]) => string;

const fixed2: Formatter = (values) => values.map((v) => v.toFixed(2)).join(" ");

function dashboardRow(win: TelemetryWindow, fmt: Formatter): string {
  const frame = win.latest;
  frame.isub(frame.mean()); // expect: no-view-mutation
  return fmt(frame.tolist() as number[]);
}

function latestPeak(win: TelemetryWindow): number {
  const frame = win.latest;
  return frame.max();
}

function exportCsv(win: TelemetryWindow, scale: number): string {
  const table = win.snapshot;
  table.imul(scale);
  return (table.tolist() as number[][]).map((row) => row.join(",")).join("\n");
}

function alarmLevel(win: TelemetryWindow, gain: number): number {
  const history = win.history;
  history.imul(gain); // expect: no-alias-mutation
  return history.max();
}

function trendSummary(win: TelemetryWindow): string[] {
  const names = ["temp", "pressure", "flow"];
  return names.map((name, c) => `${name}=${win.channelMean(c).toFixed(3)}`);
}

const incoming = [
  array([21.5, 1.01, 3.2]),
  array([21.9, 1.03, 3.4]),
  array([22.4, 0.99, 3.1]),
  array([23.0, 1.02, 3.6]),
];

const telemetry = new TelemetryWindow(3, 4);
incoming.forEach((frame) => telemetry.push(frame));

console.log("latest peak:", latestPeak(telemetry));
console.log("csv export:\n" + exportCsv(telemetry, 10));
console.log("dashboard:", dashboardRow(telemetry, fixed2));
console.log("alarm level:", alarmLevel(telemetry, 1.5));
console.log("trends:", trendSummary(telemetry).join(", "));

telemetry.decay(0.5);
console.log("after decay:", trendSummary(telemetry).join(", "), "frames:", telemetry.size);

const replay = new TelemetryWindow(3, 2);
for (const frame of incoming.slice(2)) replay.push(frame);
console.log("replay latest:", fixed2(replay.latest.tolist() as number[]));
