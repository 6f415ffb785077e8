// Experiment catalogue: metadata objects link experiments and variants both ways, while the per-variant score vectors live in a separate store.
import { array, zeros, NDArray } from "ndalias";

interface ExperimentMeta {
  key: string;
  owner: string;
  variants: VariantMeta[];
  winner: VariantMeta | null;
}

interface VariantMeta {
  key: string;
  experiment: ExperimentMeta;
  trafficShare: number;
  sibling: VariantMeta | null;
}

// Holds arrays, and points at its metadata; the metadata never points back.
interface VariantScores {
  meta: VariantMeta;
  dailyCtr: NDArray;
  cumulative: NDArray;
}

function createExperiment(key: string, owner: string, shares: number[]): ExperimentMeta {
  const exp: ExperimentMeta = { key, owner, variants: [], winner: null };
  let previous: VariantMeta | null = null;
  shares.forEach((share, i) => {
    const v: VariantMeta = { key: `${key}-v${i}`, experiment: exp, trafficShare: share, sibling: null };
    if (previous) {
      previous.sibling = v;
      v.sibling = previous;
    }
    exp.variants.push(v);
    previous = v;
  });
  exp.winner = exp.variants[0] ?? null;
  exp.winner.experiment = exp;
  return exp;
}

function attachScores(meta: VariantMeta, ctr: number[]): VariantScores {
  const dailyCtr = array(ctr);
  const cumulative = zeros(ctr.length);
  let running = 0;
  for (let d = 0; d < ctr.length; d++) {
    running += ctr[d];
    cumulative.set(d, running / (d + 1));
  }
  return { meta, dailyCtr, cumulative };
}

function pickWinner(exp: ExperimentMeta, store: Map<string, VariantScores>): VariantMeta | null {
  let best: VariantMeta | null = null;
  let bestCtr = -Infinity;
  for (const v of exp.variants) {
    const scores = store.get(v.key);
    if (!scores) continue;
    const ctr = scores.dailyCtr.mean();
    if (ctr > bestCtr) {
      bestCtr = ctr;
      best = v;
    }
  }
  return best;
}

const exp = createExperiment("similar-items-carousel", "recs-team", [0.34, 0.33, 0.33]);
const scoreStore = new Map<string, VariantScores>();
const dailyCtrs = [
  [0.031, 0.029, 0.035, 0.033],
  [0.036, 0.038, 0.034, 0.04],
  [0.028, 0.027, 0.03, 0.029],
];
exp.variants.forEach((v, i) => {
  scoreStore.set(v.key, attachScores(v, dailyCtrs[i]));
});

exp.winner = pickWinner(exp, scoreStore);
if (exp.winner) exp.winner.experiment = exp;

const totalShare = exp.variants.reduce((s, v) => s + v.trafficShare, 0);
const liftOverFirst: number[] = [];
const baselineScores = scoreStore.get(exp.variants[0].key);
for (const v of exp.variants) {
  const s = scoreStore.get(v.key);
  if (s && baselineScores) liftOverFirst.push(s.dailyCtr.mean() / baselineScores.dailyCtr.mean() - 1);
}

console.log(`experiment ${exp.key} (owner ${exp.owner}), traffic share ${totalShare.toFixed(2)}`);
for (const v of exp.variants) {
  const s = scoreStore.get(v.key);
  const sibling = v.sibling ? v.sibling.key : "-";
  console.log(`  ${v.key} sibling=${sibling} cumulative=${JSON.stringify(s?.cumulative.tolist())}`);
}
console.log("winner:", exp.winner?.key, "back-link ok:", exp.winner?.experiment === exp);
console.log("lift over first variant:", liftOverFirst.map((x) => x.toFixed(3)));
