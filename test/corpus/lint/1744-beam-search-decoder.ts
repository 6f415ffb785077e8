// Beam search over a toy bigram language model: expands hypotheses, blocks the end token until a minimum length and length-normalises the final beams.
// runnable
import { array, zeros, NDArray } from "ndalias";

const VOCAB = ["<s>", "</s>", "the", "index", "returns", "ranked", "documents"];
const BOS = 0;
const EOS = 1;
const V = VOCAB.length;

const counts = array([
  [0, 0, 6, 1, 0, 0, 1],
  [0, 9, 0, 0, 0, 0, 0],
  [0, 0, 0, 5, 0, 2, 3],
  [0, 1, 0, 0, 6, 0, 0],
  [0, 1, 2, 0, 0, 4, 2],
  [0, 1, 0, 0, 0, 0, 6],
  [0, 6, 1, 0, 1, 0, 0],
]);

function bigramLogProbs(c: NDArray): NDArray {
  const probs = c.add(0.5);
  for (let i = 0; i < V; i++) {
    probs.slice(i).idiv(probs.slice(i).sum());
  }
  const logp = zeros([V, V]);
  for (let i = 0; i < V; i++) {
    for (let j = 0; j < V; j++) logp.set([i, j], Math.log(probs.get(i, j)));
  }
  return logp;
}

interface Beam {
  tokens: number[];
}

function expand(beams: Beam[], beamScores: NDArray, logp: NDArray): NDArray {
  const cand = zeros(beams.length * V);
  beams.forEach((b, i) => {
    const last = b.tokens[b.tokens.length - 1];
    for (let t = 0; t < V; t++) cand.set(i * V + t, beamScores.get(i) + logp.get(last, t));
  });
  return cand;
}

function selectTop(cand: NDArray, k: number): number[] {
  const ranked = cand.copy();
  ranked.sort();
  const threshold = ranked.get(ranked.size - k);
  const picked: number[] = [];
  for (let i = 0; i < cand.size && picked.length < k; i++) {
    if (cand.get(i) >= threshold) picked.push(i);
  }
  return picked;
}

const logp = bigramLogProbs(counts);
const K = 3;
const MIN_LEN = 3;
let beams: Beam[] = [{ tokens: [BOS] }];
let beamScores = zeros(1);
const finished: Beam[] = [];
const finishedScores: number[] = [];

for (let step = 0; step < 5 && beams.length > 0; step++) {
  const cand = expand(beams, beamScores, logp);
  if (step + 1 < MIN_LEN) {
    const eosSlots = beams.map((_, i) => i * V + EOS);
    cand.take(eosSlots).fill(-Infinity); // expect: no-lost-write
  }
  const picked = selectTop(cand, K);
  const next: Beam[] = [];
  const nextScores: number[] = [];
  for (const idx of picked) {
    const src = beams[Math.floor(idx / V)];
    const tok = idx % V;
    const hyp = { tokens: [...src.tokens, tok] };
    if (tok === EOS) {
      finished.push(hyp);
      finishedScores.push(cand.get(idx));
    } else {
      next.push(hyp);
      nextScores.push(cand.get(idx));
    }
  }
  beams = next;
  beamScores = array(nextScores.length > 0 ? nextScores : [0]);
  console.log(`step ${step}: ${beams.length} open, ${finished.length} finished, best open`, beamScores.max().toFixed(3));
}

// Rank whichever set we ended with by length-normalised score.
const pool = finished.length > 0 ? finished : beams;
const rawScores = finished.length > 0 ? array(finishedScores) : beamScores;
const normalised = finished.length > 0 ? rawScores : beamScores;
const lengths = array(pool.map((b) => Math.pow(b.tokens.length, 0.7)));
normalised.idiv(lengths); // expect: no-alias-mutation

pool.forEach((b, i) => {
  const text = b.tokens.map((t) => VOCAB[t]).join(" ");
  console.log(`${normalised.get(i).toFixed(3)}  (raw ${rawScores.get(i).toFixed(3)})  ${text}`);
});
console.log("best raw score:", rawScores.max().toFixed(3), "best normalised:", normalised.max().toFixed(3));
