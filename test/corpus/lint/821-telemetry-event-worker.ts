// Telemetry worker: event handlers clamp incoming CPU frames and fold them into per-host accumulators kept in a store keyed by host.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface Frame {
  host: string;
  sentAt: number;
  cpu: NDArray;
}

const CORES = 4;
const LATENCY_BUCKETS = zeros(8, "int32");
const accumulators = new Map<string, NDArray>();
const frameCounts = new Map<string, number>();
const bus = new EventEmitter();

// Clamps a frame's readings to [0, 100] in place before it is accepted.
function clampFrame(frame: Frame): void {
  for (let i = 0; i < frame.cpu.size; i++) {
    const v = frame.cpu.get(i);
    if (v < 0) frame.cpu.set(i, 0);
    else if (v > 100) frame.cpu.set(i, 100);
  }
}

function recordLatency(ms: number): number {
  const bucket = Math.min(LATENCY_BUCKETS.size - 1, Math.floor(Math.log2(1 + Math.max(0, ms))));
  LATENCY_BUCKETS.set(bucket, LATENCY_BUCKETS.get(bucket) + 1);
  return bucket;
}

bus.on("frame", (frame: Frame) => {
  if (frame.cpu.size !== CORES) {
    bus.emit("rejected", frame.host, `expected ${CORES} cores`);
    return;
  }
  clampFrame(frame);
  const acc = accumulators.get(frame.host);
  if (acc === undefined) {
    accumulators.set(frame.host, frame.cpu.copy());
  } else {
    acc.iadd(frame.cpu); // expect: no-alias-mutation
  }
  frameCounts.set(frame.host, (frameCounts.get(frame.host) ?? 0) + 1);
  recordLatency(Date.now() - frame.sentAt);
});

bus.on("decay", (factor: number) => {
  accumulators.forEach((acc, host) => {
    acc.imul(factor);
    frameCounts.set(host, (frameCounts.get(host) ?? 0) * factor);
  });
});

bus.on("rejected", (host: string, reason: string) => {
  console.warn(`frame from ${host} rejected: ${reason}`);
});

export function hostReport(host: string): { host: string; mean: number[]; peakCore: number } | null {
  const acc = accumulators.get(host);
  const n = frameCounts.get(host) ?? 0;
  if (acc === undefined || n === 0) return null;
  const mean = acc.div(n);
  let peak = 0;
  for (let c = 1; c < CORES; c++) if (mean.get(c) > mean.get(peak)) peak = c;
  return { host, mean: mean.tolist() as number[], peakCore: peak };
}

export function fleetSummary(): { totals: NDArray; peaks: NDArray } {
  const totals = zeros(CORES);
  const peaks = zeros(CORES);
  for (const [host, acc] of accumulators) {
    const n = frameCounts.get(host) ?? 1;
    const mean = acc.div(n);
    totals.iadd(mean);
    for (let c = 0; c < CORES; c++) {
      if (mean.get(c) > peaks.get(c)) peaks.set(c, mean.get(c));
    }
  }
  totals.idiv(Math.max(1, accumulators.size));
  return { totals, peaks };
}

const now = Date.now();
bus.emit("frame", { host: "db-1", sentAt: now - 3, cpu: array([40, 120, 35, -5]) });
bus.emit("frame", { host: "db-1", sentAt: now - 9, cpu: array([60, 80, 20, 10]) });
bus.emit("frame", { host: "web-7", sentAt: now - 40, cpu: array([10, 15, 90, 30]) });
bus.emit("frame", { host: "web-7", sentAt: now, cpu: array([1, 2, 3]) });
bus.emit("decay", 0.5);
console.log(hostReport("db-1"), hostReport("web-7"));
const summary = fleetSummary();
console.log("fleet mean:", summary.totals.tolist(), "fleet peaks:", summary.peaks.tolist());
console.log("latency histogram:", LATENCY_BUCKETS.tolist());
