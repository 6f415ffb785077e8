// Metrics API: per-endpoint latency logs held in fixed-capacity arrays, with endpoints for recent z-scores, spread and summaries.
import { zeros, NDArray } from "ndalias";

interface Summary {
  endpoint: string;
  count: number;
  mean: number;
  max: number;
}

export class LatencyLog {
  private readonly values: NDArray;
  private count = 0;

  constructor(readonly endpoint: string, readonly capacity: number) {
    this.values = zeros(capacity);
  }

  record(ms: number): void {
    if (this.count === this.capacity) {
      // keep the newer half, drop the older half
      const half = Math.floor(this.capacity / 2);
      const newer = this.values.slice(`${this.capacity - half}:`).copy();
      this.values.fill(0);
      this.values.slice(`:${half}`).assign(":", newer);
      this.count = half;
    }
    this.values.set(this.count, ms);
    this.count += 1;
  }

  private window(k: number): string {
    const n = Math.min(k, this.count);
    return `${this.count - n}:${this.count}`;
  }

  // Spread of the last k samples, computed on a private copy.
  recentSpread(k: number): number {
    const recent = this.values.slice(this.window(k)).copy();
    recent.isub(recent.mean());
    return recent.max() - recent.min();
  }

  // z-scores of the last k samples, for the anomaly widget.
  recentZScores(k: number): number[] {
    const recent = this.values.slice(this.window(k));
    const mu = recent.mean();
    recent.isub(mu); // expect: no-view-mutation
    const sigma = Math.sqrt(recent.mul(recent).mean());
    return (recent.div(sigma > 0 ? sigma : 1).tolist() as number[]).map((z) => Math.round(z * 100) / 100);
  }

  summary(): Summary {
    const active = this.values.slice(`:${this.count}`);
    return {
      endpoint: this.endpoint,
      count: this.count,
      mean: this.count > 0 ? active.mean() : 0,
      max: this.count > 0 ? active.max() : 0,
    };
  }
}

const logs = new Map<string, LatencyLog>();

function logFor(endpoint: string): LatencyLog {
  let log = logs.get(endpoint);
  if (log === undefined) {
    log = new LatencyLog(endpoint, 64);
    logs.set(endpoint, log);
  }
  return log;
}

export function ingest(endpoint: string, samples: number[]): void {
  const log = logFor(endpoint);
  for (const ms of samples) log.record(ms);
}

export function handleAnomalyRequest(endpoint: string, k: number): { endpoint: string; z: number[]; spread: number } {
  const log = logFor(endpoint);
  return { endpoint, z: log.recentZScores(k), spread: log.recentSpread(k) };
}

export function handleSummaryRequest(): Summary[] {
  const out: Summary[] = [];
  for (const log of logs.values()) out.push(log.summary());
  return out.sort((a, b) => b.mean - a.mean);
}

ingest("/search", [120, 95, 130, 410, 101, 99, 87]);
ingest("/checkout", [310, 290, 305, 1200, 295]);
console.log(handleAnomalyRequest("/search", 5));
console.log(handleAnomalyRequest("/checkout", 4));
console.log(handleSummaryRequest());
