// Traffic bucketing for a recommendation A/B test: resets the active bucket's running scores and reports uplift against the global baseline.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface BucketReport {
  bucket: string;
  mean: number;
  best: number;
}

const GLOBAL_BASELINE = array([0.21, 0.34, 0.18, 0.27, 0.3]);

const liveScores = array([0.25, 0.31, 0.22, 0.29, 0.35]);
const holdoutScores = array([0.2, 0.33, 0.19, 0.26, 0.28]);
const sessionCounts = zeros(2, "int32");

function bucketFor(userId: number): "live" | "holdout" {
  return userId % 10 === 0 ? "holdout" : "live";
}

function report(bucket: string, scores: NDArray): BucketReport {
  let best = 0;
  for (let i = 1; i < scores.size; i++) {
    if (scores.get(i) > scores.get(best)) best = i;
  }
  return { bucket, mean: scores.mean(), best };
}

// Uplift of a bucket over the baseline, with a floor so noisy items do not dominate.
export function upliftOverBaseline(scores: NDArray, floor: number): number {
  const baseline = GLOBAL_BASELINE;
  const diff = scores.sub(baseline);
  for (let i = 0; i < diff.size; i++) {
    if (baseline.get(i) < floor) diff.set(i, 0);
  }
  return diff.sum();
}

// Seasonal correction of the baseline, applied for one reporting call.
export function seasonallyAdjustedTotal(season: number): number {
  const adjusted = GLOBAL_BASELINE;
  adjusted.imul(1 + 0.1 * season); // expect: no-alias-mutation
  return adjusted.sum();
}

// Incoming feedback: a new day starts for the bucket the user falls into.
const userId = 42;
const bucket = bucketFor(userId);
sessionCounts.set(bucket === "live" ? 0 : 1, 1);

const target = bucket === "live" ? liveScores : holdoutScores;
target.fill(0); // expect: no-alias-mutation

// The first events of the day, collected in a fresh buffer for the dashboard.
const firstEvents = zeros(liveScores.size);
const eventItems = [0, 2, 2, 4];
for (const item of eventItems) {
  firstEvents.set(item, firstEvents.get(item) + 0.01);
}

function topItems(scores: NDArray, k: number): number[] {
  const values = scores.tolist() as number[];
  return values
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k)
    .map(([, i]) => i);
}

const reports: BucketReport[] = [];
reports.push(report("live", liveScores));
reports.push(report("holdout", holdoutScores));

const upliftLive = upliftOverBaseline(liveScores, 0.2);
const upliftHoldout = upliftOverBaseline(holdoutScores, 0.2);
const adjustedTotal = seasonallyAdjustedTotal(1);

for (const r of reports) {
  console.log(`${r.bucket}: mean=${r.mean.toFixed(3)} best item=${r.best}`);
}
console.log("uplift live:", upliftLive.toFixed(3), "holdout:", upliftHoldout.toFixed(3));
console.log("seasonal baseline total:", adjustedTotal.toFixed(3));
console.log("baseline after reporting:", GLOBAL_BASELINE.tolist());
console.log("sessions per bucket:", sessionCounts.tolist());
console.log("today's scores for the active bucket:", target.tolist());
console.log("first events:", firstEvents.tolist(), "top live items:", topItems(liveScores, 2));
