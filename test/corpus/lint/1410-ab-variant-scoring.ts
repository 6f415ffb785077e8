// Serves two ranking-weight variants in an A/B test: per-variant scoring, blended rollout weights, guardrails, exposure counters and a champion/challenger swap.
import { array, zeros, NDArray } from "ndalias";

type VariantName = "control" | "boosted";

const SIGNALS = ["relevance", "freshness", "popularity", "personal", "diversity"] as const;

const VARIANT_WEIGHTS: Record<VariantName, NDArray> = {
  control: array([1.0, 0.2, 0.35, 0.6, 0.1]),
  boosted: array([1.0, 0.45, 0.25, 0.6, 0.2]),
};

const GUARDRAIL_MIN = 0;
const GUARDRAIL_MAX = 1.5;

function weightsFor(variant: VariantName): NDArray {
  return variant === "control" ? VARIANT_WEIGHTS.control : VARIANT_WEIGHTS.boosted;
}

function scoreItems(signals: NDArray, weights: NDArray): NDArray {
  const scores = zeros(signals.shape[0]);
  for (let i = 0; i < signals.shape[0]; i++) {
    scores.set(i, signals.slice(i).mul(weights).sum());
  }
  return scores;
}

function ranking(scores: NDArray): number[] {
  const order: number[] = [];
  for (let i = 0; i < scores.size; i++) order.push(i);
  return order.sort((a, b) => scores.get(b) - scores.get(a));
}

/** Clamps every weight into the guardrail band; the caller passes a buffer it owns. */
function applyGuardrails(w: NDArray): void {
  for (let i = 0; i < w.size; i++) {
    const v = w.get(i);
    if (v < GUARDRAIL_MIN) w.set(i, GUARDRAIL_MIN);
    if (v > GUARDRAIL_MAX) w.set(i, GUARDRAIL_MAX);
  }
}

/** Weights for a gradual rollout: a convex mix of the two variants. */
function rolloutWeights(fraction: number): NDArray {
  const blended = VARIANT_WEIGHTS.control.mul(1 - fraction).add(VARIANT_WEIGHTS.boosted.mul(fraction));
  const total = blended.sum();
  blended.imul(SIGNALS.length / total);
  return blended;
}

function describeWeights(w: NDArray): string {
  return SIGNALS.map((s, i) => `${s}=${w.get(i).toFixed(2)}`).join(" ");
}

/** Team-draft interleaving of two rankings; returns the merged list and which team each slot came from. */
function teamDraftInterleave(a: number[], b: number[], length: number): { items: number[]; teams: VariantName[] } {
  const items: number[] = [];
  const teams: VariantName[] = [];
  let countA = 0;
  let countB = 0;
  while (items.length < length) {
    const pickA = countA < countB || (countA === countB && items.length % 2 === 0);
    const source = pickA ? a : b;
    const next = source.find((id) => !items.includes(id));
    if (next === undefined) break;
    items.push(next);
    teams.push(pickA ? "control" : "boosted");
    if (pickA) countA += 1;
    else countB += 1;
  }
  return { items, teams };
}

class ExposureCounter {
  readonly impressions = zeros(2);
  readonly conversions = zeros(2);

  private slot(variant: VariantName): number {
    return variant === "control" ? 0 : 1;
  }

  log(variant: VariantName, converted: boolean): void {
    const k = this.slot(variant);
    this.impressions.set(k, this.impressions.get(k) + 1);
    if (converted) {
      this.conversions.set(k, this.conversions.get(k) + 1);
    }
  }

  rates(): NDArray {
    return this.conversions.div(this.impressions.add(1e-9));
  }

  decay(factor: number): number {
    this.impressions.imul(factor);
    this.conversions.imul(factor);
    return this.impressions.sum();
  }
}

// --- one page of candidates --------------------------------------------------

const candidateSignals = array([
  [0.92, 0.1, 0.8, 0.4, 0.2],
  [0.75, 0.9, 0.2, 0.5, 0.6],
  [0.6, 0.3, 0.95, 0.1, 0.3],
  [0.88, 0.7, 0.4, 0.9, 0.1],
  [0.4, 0.95, 0.1, 0.2, 0.9],
]);

const controlScores = scoreItems(candidateSignals, weightsFor("control"));
const boostedScores = scoreItems(candidateSignals, weightsFor("boosted"));
console.log("control order:", ranking(controlScores), "boosted order:", ranking(boostedScores));
const interleaved = teamDraftInterleave(ranking(controlScores), ranking(boostedScores), 4);
console.log("interleaved page:", interleaved.items, interleaved.teams);

// What-if without the popularity signal: tune a private copy of the control weights.
const noPopularity = VARIANT_WEIGHTS.control.copy();
noPopularity.set(2, 0);
console.log("no-popularity order:", ranking(scoreItems(candidateSignals, noPopularity)));
console.log("control weights still:", describeWeights(VARIANT_WEIGHTS.control));

// A rollout at 30% of the way to the boosted variant, clamped by the guardrails.
const rollout = rolloutWeights(0.3);
applyGuardrails(rollout);
console.log("rollout weights:", describeWeights(rollout));

// Per-signal contribution of the top candidate under the rollout weights.
const topRow = candidateSignals.slice(ranking(scoreItems(candidateSignals, rollout))[0]);
const contribution = topRow.mul(rollout);
contribution.idiv(contribution.sum());
console.log("top candidate contributions:", describeWeights(contribution));

// --- exposures ----------------------------------------------------------------

const exposures = new ExposureCounter();
const events: Array<[VariantName, boolean]> = [
  ["control", false], ["boosted", true], ["control", true], ["boosted", true],
  ["control", false], ["boosted", false], ["boosted", true], ["control", false],
];
for (const [variant, converted] of events) {
  exposures.log(variant, converted);
}
const rates = exposures.rates();
console.log("conversion rates:", (rates.tolist() as number[]).map((r) => r.toFixed(3)));

// Separate accumulators per variant never share a buffer.
const controlMass = zeros(SIGNALS.length);
const boostedMass = zeros(SIGNALS.length);
for (let i = 0; i < candidateSignals.shape[0]; i++) {
  controlMass.iadd(candidateSignals.slice(i).mul(VARIANT_WEIGHTS.control));
  boostedMass.iadd(candidateSignals.slice(i).mul(VARIANT_WEIGHTS.boosted));
}
console.log("control signal mass:", describeWeights(controlMass));
console.log("boosted signal mass:", describeWeights(boostedMass));

// --- champion / challenger -------------------------------------------------------

let champion = VARIANT_WEIGHTS.control.copy();
let challenger = VARIANT_WEIGHTS.boosted.copy();
const liftThreshold = 0.05;
const lift = rates.get(1) - rates.get(0);
if (lift > liftThreshold) {
  [champion, challenger] = [challenger, champion];
}
// The new challenger explores a little more freshness; the champion keeps serving as is.
challenger.slice(1).imul(1.2);
challenger.slice(4).iadd(0.05);
applyGuardrails(challenger);
console.log("champion:", describeWeights(champion));
console.log("challenger:", describeWeights(challenger));

// The old snapshot is printed before the weekly drift update and never used again.
const preDrift = VARIANT_WEIGHTS.boosted;
console.log("boosted before drift:", describeWeights(preDrift));
VARIANT_WEIGHTS.boosted.imul(0.98);
VARIANT_WEIGHTS.boosted.slice(0).fill(1.0);
console.log("boosted after drift:", describeWeights(VARIANT_WEIGHTS.boosted));

// Working vector for the next experiment, rebound to its own buffer before editing.
let nextArm = VARIANT_WEIGHTS.control;
nextArm = nextArm.add(VARIANT_WEIGHTS.boosted).div(2);
nextArm.set(3, 0.75);
console.log("next arm:", describeWeights(nextArm));

// Score only the shortlisted items; the gathered rows are reweighted for the debug view.
const shortlist = [1, 3];
const shortlistRows = candidateSignals.take(shortlist, 0);
shortlistRows.slice(":", 0).imul(0.5);
console.log("shortlist (relevance halved):", shortlistRows.tolist());
console.log("shortlist scores:", (scoreItems(shortlistRows, champion).tolist() as number[]).map((s) => s.toFixed(3)));

const remaining = exposures.decay(0.5);
const halfLifeRates = exposures.rates();
console.log("exposures after decay:", remaining, "rates unchanged:", (halfLifeRates.tolist() as number[]).map((r) => r.toFixed(3)));

// The report snapshot is taken after the final adjustment, so it shows the served values.
VARIANT_WEIGHTS.control.slice(2).imul(0.9);
const served = VARIANT_WEIGHTS.control;
console.log("served control weights:", describeWeights(served), "checksum:", served.sum().toFixed(3));
console.log("candidates unchanged:", candidateSignals.sum().toFixed(3));
