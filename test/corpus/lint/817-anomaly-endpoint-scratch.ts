// Anomaly-detection endpoint: per-request scratch arrays, a rolling baseline per service, and replies built from fresh arrays.
import { zeros, array, NDArray } from "ndalias";

interface Reading {
  sensorId: string;
  values: NDArray;
}

interface AnomalyReply {
  sensorId: string;
  scores: NDArray;
  flagged: number[];
  baseline: number;
}

const THRESHOLD = 2.5;
const WIDTH = 6;
const rollingBaseline = zeros(WIDTH);

function robustScale(values: NDArray): number {
  const sorted = values.flatten();
  sorted.sort();
  const mid = sorted.get(Math.floor(sorted.size / 2));
  const deviations = sorted.sub(mid);
  let mad = 0;
  for (let i = 0; i < deviations.size; i++) mad += Math.abs(deviations.get(i));
  mad /= deviations.size;
  return mad > 0 ? mad : 1;
}

export function scoreReading(reading: Reading): AnomalyReply {
  const scale = robustScale(reading.values);
  let centered: NDArray = reading.values;
  const baseline = centered.mean();
  centered = centered.sub(baseline);
  centered.idiv(scale);
  using squared = centered.mul(centered);
  const flagged: number[] = [];
  for (let i = 0; i < squared.size; i++) {
    if (squared.get(i) > THRESHOLD * THRESHOLD) flagged.push(i);
  }
  return { sensorId: reading.sensorId, scores: centered, flagged, baseline };
}

export function smoothReading(reading: Reading, window: number): NDArray {
  const n = reading.values.size;
  const out = zeros(n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += reading.values.get(i);
    if (i >= window) acc -= reading.values.get(i - window);
    out.set(i, acc / Math.min(i + 1, window));
  }
  out.slice(`:${window - 1}`).fill(out.get(window - 1));
  const warmup = out.slice(`:${window}`);
  console.log(`[${reading.sensorId}] warm-up level ${warmup.mean().toFixed(3)}`);
  return out;
}

// Folds one reading into the service-wide baseline and returns how far it drifted from the old baseline.
export function updateBaseline(values: NDArray): number {
  const previous = rollingBaseline;
  const drift = values.sub(previous).mean();
  rollingBaseline.imul(0.9);
  rollingBaseline.iadd(values.mul(0.1));
  return drift;
}

export function handleRequest(body: { sensorId: string; samples: number[] }): string {
  if (body.samples.length !== WIDTH) {
    return JSON.stringify({ error: `expected ${WIDTH} samples, got ${body.samples.length}` });
  }
  const reading: Reading = { sensorId: body.sensorId, values: array(body.samples) };
  const reply = scoreReading(reading);
  const smooth = smoothReading(reading, 3);
  const drift = updateBaseline(reading.values);
  return JSON.stringify({
    sensor: reply.sensorId,
    baseline: reply.baseline,
    flagged: reply.flagged,
    scores: reply.scores.tolist(),
    smooth: smooth.tolist(),
    drift,
    raw: reading.values.tolist(),
  });
}

const requests = [
  { sensorId: "pump-1", samples: [10, 11, 10, 48, 10, 9] },
  { sensorId: "pump-2", samples: [5, 5, 6, 5, 4, 5] },
  { sensorId: "pump-3", samples: [1, 2, 3] },
];
for (const body of requests) console.log(handleRequest(body));
console.log("rolling baseline:", rollingBaseline.tolist());
