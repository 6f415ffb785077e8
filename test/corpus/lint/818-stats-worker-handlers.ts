// Statistics worker: message handlers validate incoming sample vectors and reply with percentiles, normalised values and histograms.
import { zeros, array, NDArray, ShapeError } from "ndalias";

interface StatsRequest {
  id: string;
  samples: NDArray;
}

interface StatsReply {
  id: string;
  p50: number;
  p95: number;
  mean: number;
}

interface NormalizeReply {
  id: string;
  normalized: number[];
  rawTotal: number;
}

const auditTrail: string[] = [];

function requireVector(values: NDArray, label: string): NDArray {
  if (values.ndim !== 1) {
    throw new ShapeError(`${label}: expected a 1-D vector, got ndim=${values.ndim}`);
  }
  if (values.size === 0) {
    throw new ShapeError(`${label}: empty vector`);
  }
  return values;
}

function percentileIndex(n: number, q: number): number {
  return Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))));
}

export function handleStats(req: StatsRequest): StatsReply {
  const samples = requireVector(req.samples, `stats ${req.id}`);
  const n = samples.size;
  const ordered = req.samples.flatten();
  ordered.sort(); // expect: no-lost-write
  return {
    id: req.id,
    p50: samples.get(percentileIndex(n, 0.5)),
    p95: samples.get(percentileIndex(n, 0.95)),
    mean: samples.mean(),
  };
}

export function handleNormalize(req: StatsRequest): NormalizeReply {
  const values = requireVector(req.samples, `normalize ${req.id}`);
  const peak = Math.max(Math.abs(values.max()), Math.abs(values.min()));
  values.idiv(peak > 0 ? peak : 1); // expect: no-alias-mutation
  auditTrail.push(`normalize ${req.id}: raw total ${req.samples.sum()}`);
  return { id: req.id, normalized: values.tolist() as number[], rawTotal: req.samples.sum() };
}

export function handleHistogram(req: StatsRequest, bins: number): { id: string; counts: number[] } {
  const values = requireVector(req.samples, `histogram ${req.id}`);
  const lo = values.min();
  const width = (values.max() - lo) / bins || 1;
  const counts = zeros(bins, "int32");
  for (let i = 0; i < values.size; i++) {
    const b = Math.min(bins - 1, Math.floor((values.get(i) - lo) / width));
    counts.set(b, counts.get(b) + 1);
  }
  return { id: req.id, counts: counts.tolist() as number[] };
}

export function handleZScores(req: StatsRequest): { id: string; z: number[] } {
  const values = requireVector(req.samples, `zscore ${req.id}`);
  const z = values.sub(values.mean());
  const sd = Math.sqrt(z.mul(z).mean());
  z.idiv(sd > 0 ? sd : 1);
  return { id: req.id, z: z.tolist() as number[] };
}

type Message =
  | { type: "stats"; req: StatsRequest }
  | { type: "normalize"; req: StatsRequest }
  | { type: "histogram"; req: StatsRequest; bins: number }
  | { type: "zscore"; req: StatsRequest };

export function onMessage(msg: Message): string {
  switch (msg.type) {
    case "stats":
      return JSON.stringify(handleStats(msg.req));
    case "normalize":
      return JSON.stringify(handleNormalize(msg.req));
    case "histogram":
      return JSON.stringify(handleHistogram(msg.req, msg.bins));
    case "zscore":
      return JSON.stringify(handleZScores(msg.req));
  }
}

const latencies = array([120, 85, 230, 95, 150, 410, 101]);
console.log(onMessage({ type: "stats", req: { id: "s1", samples: latencies } }));
console.log(onMessage({ type: "histogram", req: { id: "h1", samples: latencies }, bins: 4 }));
console.log(onMessage({ type: "zscore", req: { id: "z1", samples: latencies } }));
console.log(onMessage({ type: "normalize", req: { id: "n1", samples: array([-4, 2, 8, 1]) } }));
console.log("audit:", auditTrail);
