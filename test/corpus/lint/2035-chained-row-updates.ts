// Session-based re-ranking: applies click feedback to item embedding rows with in-place slice updates, then inspects the updated rows.
import { array, zeros, NDArray } from "ndalias";

interface ClickEvent {
  user: number;
  item: number;
  dwellSeconds: number;
}

const userEmb = array([
  [0.2, 0.7, 0.1, 0.4],
  [0.9, 0.2, 0.3, 0.1],
  [0.4, 0.4, 0.6, 0.5],
]);
const itemEmb = array([
  [0.3, 0.3, 0.8, 0.2],
  [0.6, 0.1, 0.2, 0.9],
  [0.1, 0.8, 0.4, 0.3],
  [0.5, 0.5, 0.5, 0.5],
  [0.7, 0.2, 0.1, 0.6],
]);
const learningRate = 0.1;

const events: ClickEvent[] = [
  { user: 0, item: 2, dwellSeconds: 45 },
  { user: 1, item: 4, dwellSeconds: 5 },
  { user: 2, item: 0, dwellSeconds: 120 },
  { user: 0, item: 3, dwellSeconds: 30 },
];

function weightFor(e: ClickEvent): number {
  return Math.min(1, e.dwellSeconds / 60);
}

// Each click nudges the item row towards the user row: itemEmb[j] += lr * w * userEmb[u].
for (const e of events) {
  const step = userEmb.slice(e.user).mul(learningRate * weightFor(e));
  itemEmb.slice(e.item).iadd(step);
}

// Bounce clicks (dwell under 10 s) shrink the user's last factor.
for (const e of events) {
  if (e.dwellSeconds < 10) {
    userEmb.slice(e.user, -1).imul(0.5);
  }
}

// Retired items: zero the row, then flag the first factor so downstream jobs skip it.
const retired = [1];
for (const j of retired) {
  itemEmb.slice(j).fill(0);
  itemEmb.slice(j, 0).fill(-1);
}

// The inspection views are made after all the writes: they see the updated values on purpose.
const firstItem = itemEmb.slice(0);
const retiredRow = itemEmb.slice(retired[0]);
const lastFactor = itemEmb.slice(":", -1);
console.log("item 0 after feedback:", firstItem.tolist());
console.log("retired row:", retiredRow.tolist());
console.log("last latent factor across items:", lastFactor.tolist());

// Rebuild the per-user score table; each row is filled through a chained view write.
const scores = zeros([userEmb.shape[0], itemEmb.shape[0]]);
for (let u = 0; u < userEmb.shape[0]; u++) {
  const userRow = userEmb.slice(u);
  for (let j = 0; j < itemEmb.shape[0]; j++) {
    scores.slice(u).set(j, userRow.mul(itemEmb.slice(j)).sum());
  }
}
scores.slice(":", retired[0]).fill(-Infinity);

function rankRow(row: NDArray): number[] {
  const values = row.tolist() as number[];
  return values
    .map((v, j) => ({ v, j }))
    .sort((a, b) => b.v - a.v)
    .map((x) => x.j);
}

const recommendations: { user: number; items: number[] }[] = [];
for (let u = 0; u < scores.shape[0]; u++) {
  recommendations.push({ user: u, items: rankRow(scores.slice(u)).slice(0, 2) });
}

const scoreView = scores.T;
console.log("scores (item-major):", scoreView.tolist());
for (const r of recommendations) {
  console.log(`user ${r.user} -> items ${r.items.join(", ")}`);
}
console.log("user embeddings:", userEmb.tolist());
