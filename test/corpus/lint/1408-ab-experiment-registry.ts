// A/B experiment registry for a ranking model: paired control/treatment arms, per-day metrics, weight history, and an artifact index for export.
import { array, zeros, empty, NDArray } from "ndalias";

export const ALLOCATION = array([0.5, 0.5]);

export function rebalance(treatmentShare: number): number {
  const share = Math.min(0.9, Math.max(0.1, treatmentShare));
  ALLOCATION.set(0, 1 - share);
  ALLOCATION.set(1, share);
  return ALLOCATION.get(1);
}

export function assignArm(userId: string): 0 | 1 {
  let h = 2166136261;
  for (let i = 0; i < userId.length; i++) {
    h ^= userId.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return (h % 1000) / 1000 < ALLOCATION.get(0) ? 0 : 1;
}

export class VariantArm {
  readonly name: string;
  weights: NDArray;
  readonly impressions: NDArray;
  readonly clicks: NDArray;
  counterpart: VariantArm | null = null;

  constructor(name: string, weights: NDArray, days: number) {
    this.name = name;
    this.weights = weights.copy();
    this.impressions = zeros(days);
    this.clicks = zeros(days);
  }

  record(day: number, impressions: number, clicks: number): void {
    this.impressions.set(day, this.impressions.get(day) + impressions);
    this.clicks.set(day, this.clicks.get(day) + clicks);
  }

  ctr(): number {
    const imps = this.impressions.sum();
    return imps === 0 ? 0 : this.clicks.sum() / imps;
  }

  dailyCtr(): NDArray {
    return this.clicks.div(this.impressions.add(1));
  }

  liftOverCounterpart(): number {
    const other = this.counterpart;
    if (other === null || other.ctr() === 0) return 0;
    return this.ctr() / other.ctr() - 1;
  }

  score(features: NDArray): number {
    return features.mul(this.weights).sum();
  }
}

export interface Experiment {
  name: string;
  control: VariantArm;
  treatment: VariantArm;
  days: number;
}

export function createExperiment(name: string, base: NDArray, delta: NDArray, days: number): Experiment {
  const control = new VariantArm("control", base, days);
  const treatment = new VariantArm("treatment", base, days);
  treatment.weights.iadd(delta);
  control.counterpart = treatment;
  treatment.counterpart = control; // expect: no-reference-cycle
  return { name, control, treatment, days };
}

class WeightSnapshot {
  constructor(
    readonly version: number,
    readonly weights: NDArray,
    readonly previous: WeightSnapshot | null,
  ) {}
}

export class WeightHistory {
  private latest: WeightSnapshot | null = null;
  private nextVersion = 1;

  push(weights: NDArray): number {
    const snap = new WeightSnapshot(this.nextVersion, weights.copy(), this.latest);
    this.latest = snap;
    this.nextVersion += 1;
    return snap.version;
  }

  rollback(): NDArray | null {
    const current = this.latest;
    if (current === null || current.previous === null) return null;
    this.latest = current.previous;
    return current.previous.weights.copy();
  }

  versions(): number[] {
    const out: number[] = [];
    for (let s = this.latest; s !== null; s = s.previous) out.push(s.version);
    return out;
  }
}

/** Deterministic LCG so that bootstrap intervals are reproducible in reports. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function bootstrapLift(exp: Experiment, rounds: number, seed = 7): [number, number] {
  const rand = lcg(seed);
  const lifts: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const idx: number[] = [];
    for (let d = 0; d < exp.days; d++) idx.push(Math.floor(rand() * exp.days));
    const cImps = exp.control.impressions.take(idx).sum();
    const tImps = exp.treatment.impressions.take(idx).sum();
    const cCtr = cImps === 0 ? 0 : exp.control.clicks.take(idx).sum() / cImps;
    const tCtr = tImps === 0 ? 0 : exp.treatment.clicks.take(idx).sum() / tImps;
    lifts.push(cCtr === 0 ? 0 : tCtr / cCtr - 1);
  }
  lifts.sort((a, b) => a - b);
  return [lifts[Math.floor(0.025 * rounds)], lifts[Math.floor(0.975 * rounds) - 1]];
}

/** Packs both arms for export: one object-dtype table per arm plus a manifest. */
export function buildArtifactIndex(exp: Experiment): NDArray {
  const index = empty(3, "object");
  const manifest = empty(2, "object");
  manifest.set(0, array([exp.days, exp.control.weights.size]));
  manifest.set(1, index);
  index.set(0, exp.control.weights.copy());
  index.set(1, exp.treatment.weights.copy());
  index.set(2, manifest); // expect: no-reference-cycle
  return index;
}

/** A flat bundle for the metrics warehouse; it holds arrays but never itself. */
export function buildMetricsBundle(exp: Experiment): NDArray {
  const bundle = empty(4, "object");
  bundle.set(0, exp.control.impressions.copy());
  bundle.set(1, exp.control.clicks.copy());
  bundle.set(2, exp.treatment.impressions.copy());
  bundle.set(3, exp.treatment.clicks.copy());
  return bundle;
}

export function summarize(exp: Experiment): string {
  const c = exp.control;
  const t = exp.treatment;
  const lines = [
    `${exp.name}: control ctr=${(100 * c.ctr()).toFixed(2)}% treatment ctr=${(100 * t.ctr()).toFixed(2)}%`,
    `lift=${(100 * t.liftOverCounterpart()).toFixed(1)}% daily treatment ctr=${(t.dailyCtr().tolist() as number[]).map((x) => x.toFixed(3)).join(",")}`,
  ];
  return lines.join("\n");
}

// --- demo: a seven-day experiment -------------------------------------------

const baseWeights = array([0.8, 0.15, -0.3, 0.05]);
const freshnessDelta = array([0, 0.1, 0, 0.2]);
const exp = createExperiment("freshness-boost", baseWeights, freshnessDelta, 7);

const traffic: Array<[string, number, number]> = [
  ["u-1", 0, 1], ["u-2", 0, 0], ["u-3", 1, 1], ["u-4", 1, 0], ["u-5", 2, 1], ["u-6", 2, 1],
  ["u-7", 3, 0], ["u-8", 3, 1], ["u-9", 4, 1], ["u-10", 4, 0], ["u-11", 5, 1], ["u-12", 6, 1],
];
for (const [user, day, clicked] of traffic) {
  const arm = assignArm(user) === 0 ? exp.control : exp.treatment;
  arm.record(day, 10, clicked * 3);
}
console.log(summarize(exp));

const features = array([0.4, 0.9, 0.1, 0.7]);
const chosen = assignArm("u-3") === 1 ? exp.treatment : exp.control;
console.log("score for u-3:", chosen.score(features).toFixed(3), "base weights:", baseWeights.tolist());

const [lo, hi] = bootstrapLift(exp, 200);
console.log("95% lift interval:", lo.toFixed(3), hi.toFixed(3));

if (hi < 0) {
  console.log("treatment share now", rebalance(0.2));
} else if (lo > 0) {
  console.log("treatment share now", rebalance(0.8));
}

const history = new WeightHistory();
history.push(exp.control.weights);
history.push(exp.treatment.weights);
console.log("weight versions:", history.versions());
const restored = history.rollback();
console.log("rolled back to:", restored?.tolist(), "versions now:", history.versions());

const artifact = buildArtifactIndex(exp);
const bundle = buildMetricsBundle(exp);
console.log("artifact entries:", artifact.size, "bundle entries:", bundle.size);
