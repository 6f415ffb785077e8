// Home-feed recommender: builds an item-embedding table, pools a user's recent history, scores and re-ranks candidates, and prints the feed.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface CatalogItem {
  id: number;
  title: string;
  category: "news" | "sports" | "music" | "cooking";
  impressions: number;
  embedding: number[];
}

const DIM = 4;
const EXPLORATION_SCALE = 1.35;
const FRESH_START = 6;
const FRESH_END = 10;
const BLOCKED_ITEM = 3;

const CATALOG: CatalogItem[] = [
  { id: 0, title: "Morning briefing", category: "news", impressions: 1840, embedding: [0.82, 0.11, -0.05, 0.21] },
  { id: 1, title: "Derby highlights", category: "sports", impressions: 920, embedding: [0.05, 0.91, 0.12, -0.08] },
  { id: 2, title: "Ten-minute ramen", category: "cooking", impressions: 410, embedding: [-0.12, 0.03, 0.08, 0.95] },
  { id: 3, title: "Unverified rumour", category: "news", impressions: 77, embedding: [0.7, 0.3, 0.1, 0.0] },
  { id: 4, title: "Playoff preview", category: "sports", impressions: 1310, embedding: [0.14, 0.84, 0.2, 0.02] },
  { id: 5, title: "Indie new releases", category: "music", impressions: 3, embedding: [0.02, 0.1, 0.93, 0.05] },
  { id: 6, title: "Election explainer", category: "news", impressions: 4, embedding: [0.88, 0.02, 0.04, 0.1] },
  { id: 7, title: "Transfer window recap", category: "sports", impressions: 2, embedding: [0.22, 0.76, 0.01, 0.07] },
  { id: 8, title: "Sourdough basics", category: "cooking", impressions: 655, embedding: [0.03, 0.05, 0.11, 0.87] },
  { id: 9, title: "Live session: strings", category: "music", impressions: 1, embedding: [0.07, 0.02, 0.89, 0.16] },
];

const CATEGORY_BOOST: Record<CatalogItem["category"], number> = {
  news: 1.1,
  sports: 1.0,
  music: 0.95,
  cooking: 1.05,
};

// The item table lives for the whole process and is shared by every request.
const ITEM_EMB: NDArray = array(CATALOG.map((item) => item.embedding));

function l2Norm(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function dot(a: NDArray, b: NDArray): number {
  return a.mul(b).sum();
}

function cosine(a: NDArray, b: NDArray): number {
  const denom = l2Norm(a) * l2Norm(b);
  return denom === 0 ? 0 : dot(a, b) / denom;
}

function gatherRows(table: NDArray, ids: number[]): NDArray {
  return table.take(ids, 0);
}

function recencyWeights(n: number, halfLife: number): NDArray {
  const w = zeros(n);
  for (let i = 0; i < n; i++) {
    w.set(i, Math.pow(0.5, (n - 1 - i) / halfLife));
  }
  w.idiv(w.sum());
  return w;
}

function weightedPool(rows: NDArray, weights: NDArray): NDArray {
  let acc = zeros(rows.shape[1]);
  for (let i = 0; i < rows.shape[0]; i++) {
    acc = acc.add(rows.slice(i).mul(weights.get(i)));
  }
  return acc;
}

function scoreCandidates(user: NDArray, ids: number[]): NDArray {
  const cand = ITEM_EMB.take(ids, 0);
  const scores = zeros(ids.length);
  for (let i = 0; i < ids.length; i++) {
    scores.set(i, dot(cand.slice(i), user));
  }
  return scores;
}

function applyCategoryBoost(scores: NDArray, ids: number[]): void {
  for (let i = 0; i < ids.length; i++) {
    const boost = CATEGORY_BOOST[CATALOG[ids[i]].category];
    scores.set(i, scores.get(i) * boost);
  }
}

interface RankedItem {
  id: number;
  title: string;
  score: number;
}

function rankByScore(ids: number[], scores: NDArray): RankedItem[] {
  const out: RankedItem[] = [];
  for (let i = 0; i < ids.length; i++) {
    out.push({ id: ids[i], title: CATALOG[ids[i]].title, score: scores.get(i) });
  }
  return out.sort((a, b) => b.score - a.score);
}

function mmrRerank(ranked: RankedItem[], k: number, lambda: number): RankedItem[] {
  const chosen: RankedItem[] = [];
  const pool = ranked.slice();
  while (chosen.length < k && pool.length > 0) {
    let bestIdx = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const candRow = ITEM_EMB.slice(pool[i].id);
      let maxSim = 0;
      for (const c of chosen) {
        maxSim = Math.max(maxSim, cosine(candRow, ITEM_EMB.slice(c.id)));
      }
      const value = lambda * pool[i].score - (1 - lambda) * maxSim;
      if (value > bestValue) {
        bestValue = value;
        bestIdx = i;
      }
    }
    chosen.push(pool[bestIdx]);
    pool.splice(bestIdx, 1);
  }
  return chosen;
}

function formatFeed(feed: RankedItem[]): string {
  return feed.map((r, i) => `${i + 1}. ${r.title} (#${r.id}, ${r.score.toFixed(3)})`).join("\n");
}

function categoryMix(feed: RankedItem[]): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const r of feed) {
    const cat = CATALOG[r.id].category;
    mix[cat] = (mix[cat] ?? 0) + 1;
  }
  return mix;
}

// --- request handling -------------------------------------------------------

// Moderation removed one item: clear its row in place before anything reads the table.
ITEM_EMB.slice(BLOCKED_ITEM).fill(0);

const history = [1, 4, 6, 7];
const historyRows = gatherRows(ITEM_EMB, history);
const weights = recencyWeights(history.length, 2);
const userVec = weightedPool(historyRows, weights);
console.log("history weights:", (weights.tolist() as number[]).map((w) => Number(w).toFixed(3)));
console.log("user vector:", userVec.tolist());

// Cosine retrieval wants a unit-length query.
const query = userVec;
const queryNorm = l2Norm(query);
if (queryNorm > 0) {
  query.idiv(queryNorm); // expect: no-alias-mutation
}

// Items with almost no impressions get an exploration bonus.
const freshBlock = ITEM_EMB.slice(`${FRESH_START}:${FRESH_END}`);
console.log("fresh block mean before exploration:", freshBlock.mean().toFixed(4));
freshBlock.imul(EXPLORATION_SCALE); // expect: no-view-mutation
console.log("fresh block mean after exploration:", freshBlock.mean().toFixed(4));

// Items that are new in the catalogue but never shown should start neutral.
const coldIds = CATALOG.filter((item) => item.impressions < 2).map((item) => item.id);
ITEM_EMB.take(coldIds, 0).fill(0); // expect: no-lost-write

const candidates = CATALOG.map((item) => item.id).filter((id) => !history.includes(id) && id !== BLOCKED_ITEM);
const candidateRows = ITEM_EMB.take(candidates, 0);
console.log("candidate rows:", candidateRows.shape, "row norms:", candidates.map((_, i) => l2Norm(candidateRows.slice(i)).toFixed(3)));

const scores = scoreCandidates(query, candidates);
applyCategoryBoost(scores, candidates);
console.log("boosted scores:", (scores.tolist() as number[]).map((s) => Number(s).toFixed(3)));

// The raw (un-normalised) user vector drives the affinity estimate used by the ads mixer.
const affinity = dot(userVec, ITEM_EMB.slice(0));
console.log("news affinity (raw):", affinity.toFixed(4), "user norm:", l2Norm(userVec).toFixed(4));

const sortedScores = scores.copy();
sortedScores.sort();
const cutoff = sortedScores.get(Math.floor(sortedScores.size / 2));
console.log("median boosted score:", cutoff.toFixed(3), "max:", sortedScores.max().toFixed(3));

const ranked = rankByScore(candidates, scores).filter((r) => r.score >= cutoff);
const feed = mmrRerank(ranked, 3, 0.7);
console.log("feed:\n" + formatFeed(feed));
console.log("category mix:", JSON.stringify(categoryMix(feed)));

// A second, anonymous request: popularity prior only.
const popularity = array(CATALOG.map((item) => Math.log1p(item.impressions)));
popularity.idiv(popularity.max());
const popIds = candidates.slice();
const popScores = popularity.take(popIds);
applyCategoryBoost(popScores, popIds);
const popFeed = rankByScore(popIds, popScores).slice(0, 3);
console.log("anonymous feed:\n" + formatFeed(popFeed));

// Health metrics for the dashboard.
let tableNormSum = 0;
for (let i = 0; i < ITEM_EMB.shape[0]; i++) {
  tableNormSum += l2Norm(ITEM_EMB.slice(i));
}
console.log("mean item norm:", (tableNormSum / ITEM_EMB.shape[0]).toFixed(4));
console.log("table checksum:", ITEM_EMB.sum().toFixed(4), "dim:", DIM);
