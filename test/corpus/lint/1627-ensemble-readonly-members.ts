// Scores inputs with a small readonly ensemble of linear models, calibrates the averaged scores and logs per-member agreement.
import { array, zeros, NDArray } from "ndalias";

type Member = readonly [name: string, weights: NDArray, bias: number];

const MEMBERS: readonly Member[] = [
  ["ridge", array([0.4, -0.2, 0.1]), 0.05],
  ["lasso", array([0.5, 0.0, 0.0]), 0.0],
  ["elastic", array([0.45, -0.1, 0.05]), 0.02],
];

const CALLS = zeros(MEMBERS.length);

function memberScore(member: Member, x: NDArray): number {
  const [, w, b] = member;
  return w.mul(x).sum() + b;
}

function ensembleScores(batch: NDArray): NDArray {
  let acc = zeros(batch.shape[0]);
  MEMBERS.forEach(([, w, b], m) => {
    const s = zeros(batch.shape[0]);
    for (let r = 0; r < batch.shape[0]; r++) s.set(r, w.mul(batch.slice(r)).sum() + b);
    acc = acc.add(s);
    CALLS.set(m, CALLS.get(m) + 1);
  });
  acc.idiv(MEMBERS.length);
  return acc;
}

function agreement(batch: NDArray): readonly (readonly [string, number])[] {
  const mean = ensembleScores(batch);
  return MEMBERS.map(([name, w, b]) => {
    let sq = 0;
    for (let r = 0; r < batch.shape[0]; r++) {
      const d = w.mul(batch.slice(r)).sum() + b - mean.get(r);
      sq += d * d;
    }
    return [name, Math.sqrt(sq / batch.shape[0])] as const;
  });
}

function calibrate(scores: NDArray, temperature: number): NDArray {
  const out = scores.div(temperature);
  for (let i = 0; i < out.size; i++) out.set(i, 1 / (1 + Math.exp(-out.get(i))));
  return out;
}

function clipScores(scores: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < scores.size; i++) {
    scores.set(i, Math.min(hi, Math.max(lo, scores.get(i))));
  }
}

function strongest(): Member {
  let best = MEMBERS[0];
  for (const m of MEMBERS) if (m[1].max() > best[1].max()) best = m;
  return best;
}

const batch = array([
  [1.0, 0.5, 2.0],
  [0.2, 1.5, -1.0],
  [3.0, -0.5, 0.0],
  [-1.0, 2.0, 1.0],
]);

const [leadName, leadWeights] = strongest();
console.log("strongest member:", leadName, "weights:", leadWeights.tolist());
console.log("single-member score of row 0:", memberScore(MEMBERS[0], batch.slice(0)).toFixed(4));

let scores = ensembleScores(batch);
console.log("raw ensemble scores:", scores.tolist());
clipScores(scores, -0.5, 1.0);
scores = calibrate(scores, 0.5);
scores.imul(100);
console.log("calibrated scores (%):", scores.tolist());

for (const [name, rmse] of agreement(batch)) {
  console.log(`${name.padEnd(8)} disagreement ${rmse.toFixed(4)}`);
}

const dropped = batch.copy();
dropped.slice(":", 1).fill(0);
const droppedScores = ensembleScores(dropped);
console.log("scores without feature 1:", droppedScores.tolist());
console.log("calls per member:", CALLS.tolist(), "batch kept:", batch.slice(0).tolist());
