// Search ranking handler: per-request weights fall back to shared defaults, frame hooks observe scores, an emitter publishes them.
import { EventEmitter } from "node:events";
import { array, ones, zeros, NDArray } from "ndalias";

const DEFAULT_WEIGHTS = ones(4);

interface RankRequest {
  query: string;
  docs: number[][];
  weights?: NDArray;
  boost: number;
}

type ScoreHook = (scores: NDArray) => number;

const metricHooks: ScoreHook[] = [];
const events = new EventEmitter();

function registerHooks(): void {
  metricHooks.push((scores: NDArray): number => scores.max());
  metricHooks.push((scores: NDArray): number => {
    scores.isub(scores.min()); // expect: no-alias-mutation
    return scores.mean();
  });
  metricHooks.push((scores: NDArray): number => {
    const sorted = scores.copy();
    sorted.sort();
    return sorted.get(Math.floor(sorted.size / 2));
  });
}

events.on("ranked", (scores: NDArray) => {
  scores.imul(100);
});
events.on("ranked", (scores: NDArray) => {
  console.log("  published (%):", scores.tolist());
});

function rank(req: RankRequest): number[] {
  const docs = array(req.docs);
  const weights = req.weights ? req.weights : DEFAULT_WEIGHTS;
  weights.imul(req.boost); // expect: no-alias-mutation

  const n = docs.shape[0];
  const scores = zeros(n);
  for (let i = 0; i < n; i++) {
    scores.set(i, docs.slice(i).mul(weights).sum());
  }

  const metrics = metricHooks.map((hook) => hook(scores));
  console.log(`query "${req.query}" metrics:`, metrics.map((m) => m.toFixed(3)));

  const values = scores.tolist() as number[];
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);

  const published = scores.div(Math.max(scores.sum(), 1e-9));
  events.emit("ranked", published);
  return order;
}

function parseWeights(header: string | undefined): NDArray | undefined {
  if (!header) return undefined;
  const parts = header.split(";").map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) return undefined;
  return array(parts);
}

function describe(req: RankRequest): string {
  const source = req.weights ? "custom" : "default";
  return `${req.query} (${req.docs.length} docs, ${source} weights, boost ${req.boost})`;
}

registerHooks();
const requests: RankRequest[] = [
  { query: "ndarray views", docs: [[1, 0, 2, 0], [0, 3, 0, 1], [2, 2, 2, 2]], boost: 2 },
  { query: "copy on write", docs: [[0, 1, 0, 1], [1, 1, 1, 1]], weights: parseWeights("1;0;0;1"), boost: 1 },
  { query: "broadcasting", docs: [[3, 0, 0, 0], [0, 0, 0, 3]], boost: 1 },
];

for (const req of requests) {
  await new Promise<void>((resolve) => setImmediate(resolve));
  console.log("ranking", describe(req));
  const order = rank(req);
  console.log(`query "${req.query}" ranking:`, order);
}
console.log("default weights now:", DEFAULT_WEIGHTS.tolist());
