// Trains a rank-2 matrix-factorisation recommender with SGD on observed ratings and prints the RMSE and each user's top pick.
// runnable
import { array, NDArray } from "ndalias";

type Rating = { user: number; item: number; value: number };

class Factorizer {
  P: NDArray;
  Q: NDArray;

  constructor(users: number, items: number, rank: number, seed: number) {
    let s = seed;
    const rand = (): number => {
      s = (s * 16807) % 2147483647;
      return (s / 2147483647 - 0.5) * 0.2;
    };
    const init = (rows: number): NDArray =>
      array(Array.from({ length: rows }, () => Array.from({ length: rank }, rand)));
    this.P = init(users);
    this.Q = init(items);
  }

  predict(u: number, i: number): number {
    return this.P.slice(u).mul(this.Q.slice(i)).sum();
  }

  step(r: Rating, lr: number, reg: number): void {
    const pu = this.P.slice(r.user);
    const qi = this.Q.slice(r.item);
    const err = r.value - pu.mul(qi).sum();
    this.P.slice(r.user).iadd(qi.mul(lr * err).sub(pu.mul(lr * reg))); // expect: no-view-mutation
    this.Q.slice(r.item).iadd(pu.mul(lr * err).sub(qi.mul(lr * reg)));
  }
}

function rmse(model: Factorizer, ratings: Rating[]): number {
  let sq = 0;
  for (const r of ratings) {
    const e = r.value - model.predict(r.user, r.item);
    sq += e * e;
  }
  return Math.sqrt(sq / ratings.length);
}

function topPick(model: Factorizer, user: number, items: number, seen: Set<number>): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < items; i++) {
    if (seen.has(i)) continue;
    const score = model.predict(user, i);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

const ratings: Rating[] = [
  { user: 0, item: 0, value: 5 },
  { user: 0, item: 1, value: 3 },
  { user: 1, item: 0, value: 4 },
  { user: 1, item: 3, value: 1 },
  { user: 2, item: 2, value: 5 },
  { user: 2, item: 3, value: 4 },
  { user: 3, item: 1, value: 2 },
  { user: 3, item: 2, value: 4 },
];

const model = new Factorizer(4, 4, 2, 42);
const initialUsers = model.P.copy();

for (let epoch = 0; epoch < 40; epoch++) {
  for (const r of ratings) model.step(r, 0.05, 0.02);
  if (epoch % 10 === 9) console.log(`epoch ${epoch + 1}: rmse=${rmse(model, ratings).toFixed(4)}`);
}

const drift = model.P.sub(initialUsers);
console.log("user factor drift:", Math.sqrt(drift.mul(drift).sum()).toFixed(4));
for (let u = 0; u < 4; u++) {
  const seen = new Set(ratings.filter((r) => r.user === u).map((r) => r.item));
  console.log(`user ${u} -> item ${topPick(model, u, 4, seen)}`);
}
