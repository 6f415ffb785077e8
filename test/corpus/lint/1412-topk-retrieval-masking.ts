// Two-tower retrieval for a video app: batched user x item scores, seen-item masking, cold-start fallback to popularity, top-k with exclusions and a calibration log.
// runnable
import { array, zeros, NDArray } from "ndalias";

const N_USERS = 3;
const N_ITEMS = 6;
const K = 3;

const USER_EMB = array([
  [0.8, 0.1, 0.3],
  [0.1, 0.9, 0.2],
  [0.4, 0.4, 0.4],
]);

const ITEM_EMB = array([
  [0.9, 0.0, 0.1],
  [0.7, 0.2, 0.4],
  [0.0, 1.0, 0.1],
  [0.2, 0.8, 0.3],
  [0.3, 0.3, 0.9],
  [0.5, 0.5, 0.5],
]);

const ITEM_TITLES = ["Goal of the week", "Match analysis", "Lo-fi mix", "Concert clip", "Street food", "Daily vlog"];
const ITEM_CATEGORY = ["sport", "sport", "music", "music", "food", "lifestyle"];
const ITEM_VIEWS = [12000, 3400, 56000, 800, 21000, 9000];
const ITEM_AGE_DAYS = [1, 6, 30, 2, 12, 0];

const HISTORY: number[][] = [
  [0, 1, 4],
  [2, 3],
  [5],
];

function batchedScores(users: NDArray, items: NDArray): NDArray {
  const nu = users.shape[0];
  const ni = items.shape[0];
  const out = zeros(nu * ni);
  for (let u = 0; u < nu; u++) {
    const uv = users.slice(u);
    for (let i = 0; i < ni; i++) {
      out.set(u * ni + i, uv.mul(items.slice(i)).sum());
    }
  }
  return out;
}

function argTopK(scores: NDArray, k: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < scores.size; i++) idx.push(i);
  idx.sort((a, b) => scores.get(b) - scores.get(a));
  return idx.slice(0, k);
}

/** Top-k item ids for one user, never recommending what they already watched. */
function topKExcluding(scores: NDArray, exclude: number[], k: number): number[] {
  const masked = scores.copy();
  for (const item of exclude) {
    masked.set(item, -Infinity); // expect: no-lost-write
  }
  return argTopK(scores, k);
}

/** Greedy category diversification on a private copy of the scores. */
function diversify(scores: NDArray, k: number, penalty: number): number[] {
  const penalized = scores.copy();
  const picked: number[] = [];
  while (picked.length < k) {
    const best = argTopK(penalized, 1)[0];
    picked.push(best);
    if (picked.length === k) {
      break;
    }
    for (let i = 0; i < penalized.size; i++) {
      if (ITEM_CATEGORY[i] === ITEM_CATEGORY[best]) {
        penalized.set(i, penalized.get(i) - penalty);
      }
    }
    penalized.set(best, -Infinity);
  }
  return picked;
}

function freshnessBoost(ages: number[], halfLifeDays: number): NDArray {
  const boost = zeros(ages.length);
  for (let i = 0; i < ages.length; i++) {
    boost.set(i, 1 + Math.pow(0.5, ages[i] / halfLifeDays));
  }
  return boost;
}

function popularityPrior(views: number[]): NDArray {
  const prior = array(views.map((v) => Math.log10(1 + v)));
  prior.idiv(prior.max());
  return prior;
}

/** Per-dimension contribution of one user/item pair, as shares of the dot product. */
function explain(user: number, item: number): string {
  const contrib = USER_EMB.slice(user).mul(ITEM_EMB.slice(item));
  const total = contrib.sum();
  const shares = (contrib.tolist() as number[]).map((c) => (total === 0 ? 0 : c / total));
  return shares.map((s, d) => `d${d}:${(100 * s).toFixed(0)}%`).join(" ");
}

function titles(ids: number[]): string {
  return ids.map((i) => ITEM_TITLES[i]).join(", ");
}

function precisionAtK(recommended: number[], relevant: number[]): number {
  if (recommended.length === 0) return 0;
  return recommended.filter((id) => relevant.includes(id)).length / recommended.length;
}

// --- scoring -----------------------------------------------------------------

const flatScores = batchedScores(USER_EMB, ITEM_EMB);
console.log("scored pairs:", flatScores.size, "mean score:", flatScores.mean().toFixed(4));

// Per-user audience of each item, read from the transposed item embeddings.
const itemsByDim = ITEM_EMB.T;
for (let d = 0; d < itemsByDim.shape[0]; d++) {
  console.log(`dimension ${d} strongest item:`, ITEM_TITLES[argTopK(itemsByDim.slice(d), 1)[0]]);
}

// Already-watched items must never come back for a user.
const grid = flatScores.reshape(N_USERS, N_ITEMS);
for (let u = 0; u < N_USERS; u++) {
  for (const item of HISTORY[u]) {
    grid.assign(`${u}, ${item}`, -1e9); // expect: no-view-mutation
  }
}

const perUser: number[][] = [];
for (let u = 0; u < N_USERS; u++) {
  const rowTop = argTopK(grid.slice(u), K);
  perUser.push(rowTop);
  console.log(`user ${u}:`, titles(rowTop));
}
console.log("why user 0 gets its first pick:", explain(0, perUser[0][0]));

// Second pass with explicit exclusions (the shelf service calls this per row).
for (let u = 0; u < N_USERS; u++) {
  const shelf = topKExcluding(batchedScores(USER_EMB.slice(`${u}:${u + 1}`), ITEM_EMB), HISTORY[u], 2);
  console.log(`shelf for user ${u}:`, titles(shelf));
}

// --- cold start ---------------------------------------------------------------

const popularity = popularityPrior(ITEM_VIEWS);
const boost = freshnessBoost(ITEM_AGE_DAYS, 3);
const requestUser = 2;
const personal = grid.slice(requestUser).copy();
const isColdStart = HISTORY[requestUser].length < 2;
const baseScores = isColdStart ? popularity : personal;
baseScores.imul(boost); // expect: no-alias-mutation
const coldPicks = diversify(baseScores, K, 0.3);
console.log(`request for user ${requestUser} (${isColdStart ? "cold" : "warm"}):`, titles(coldPicks));

// A logged-out visitor gets the plain popularity ranking.
const anonymousPicks = argTopK(popularity, K);
console.log("logged-out shelf:", titles(anonymousPicks), "prior:", (popularity.tolist() as number[]).map((p) => p.toFixed(2)));

// --- evaluation & logging -----------------------------------------------------

const heldOut: number[][] = [[5, 2], [0, 4], [1, 0]];
let precisionSum = 0;
for (let u = 0; u < N_USERS; u++) {
  precisionSum += precisionAtK(perUser[u], heldOut[u]);
}
console.log("mean precision@3:", (precisionSum / N_USERS).toFixed(3));

// The calibration job fits a sigmoid on the raw model scores.
const calibrationLog: Array<{ user: number; item: number; score: number }> = [];
for (let u = 0; u < N_USERS; u++) {
  for (let i = 0; i < N_ITEMS; i++) {
    calibrationLog.push({ user: u, item: i, score: flatScores.get(u * N_ITEMS + i) });
  }
}
const rawMin = Math.min(...calibrationLog.map((r) => r.score));
console.log("calibration rows:", calibrationLog.length, "lowest raw score:", rawMin);

// Debug matrix for the dashboard: a scratch copy with the diagonal-ish cells highlighted.
const debugGrid = zeros([N_USERS, N_ITEMS]);
for (let u = 0; u < N_USERS; u++) {
  debugGrid.slice(u).fill(u + 1);
}
for (const [u, items] of perUser.entries()) {
  for (const item of items) {
    debugGrid.assign(`${u}, ${item}`, 0);
  }
}
console.log("debug grid:", debugGrid.tolist());

// Response payload for the shelf API.
const payload = perUser.map((ids, u) => ({
  user: u,
  items: ids.map((id) => ({ id, title: ITEM_TITLES[id], category: ITEM_CATEGORY[id] })),
  coldStart: HISTORY[u].length < 2,
}));
console.log("payload bytes:", JSON.stringify(payload).length);
for (const entry of payload) {
  console.log(`user ${entry.user}${entry.coldStart ? " (cold)" : ""}:`, entry.items.map((it) => it.category).join("/"));
}
