// Online matrix-factorisation recommender: a stateful model updates its own factor matrices on each rating and answers top-N queries.
import { array, zeros, NDArray } from "ndalias";

const GLOBAL_RATING_COUNTS = zeros(5, "int32");

function recordRating(stars: number): number {
  GLOBAL_RATING_COUNTS.set(stars - 1, GLOBAL_RATING_COUNTS.get(stars - 1) + 1);
  return GLOBAL_RATING_COUNTS.sum();
}

class OnlineRecommender {
  private userFactors: NDArray;
  private itemFactors: NDArray;
  private itemBias: NDArray;
  private updates = 0;
  readonly stats = { lastError: 0, meanAbsError: zeros(1) };

  constructor(nUsers: number, nItems: number, private readonly lr: number) {
    this.userFactors = zeros([nUsers, 2]);
    this.itemFactors = zeros([nItems, 2]);
    this.itemBias = zeros(nItems);
    this.userFactors.fill(0.1);
    this.itemFactors.fill(0.1);
  }

  predict(user: number, item: number): number {
    const u = this.userFactors.slice(user);
    const v = this.itemFactors.slice(item);
    return u.mul(v).sum() + this.itemBias.get(item);
  }

  /** One SGD step; returns the error before the update. */
  update(user: number, item: number, rating: number): number {
    const err = rating - this.predict(user, item);
    const uOld = this.userFactors.slice(user).copy();
    const vOld = this.itemFactors.slice(item).copy();
    this.userFactors.slice(user).iadd(vOld.mul(this.lr * err));
    this.itemFactors.slice(item).iadd(uOld.mul(this.lr * err));
    this.itemBias.set(item, this.itemBias.get(item) + this.lr * err);
    this.updates += 1;
    this.stats.lastError = err;
    this.stats.meanAbsError.imul((this.updates - 1) / this.updates);
    this.stats.meanAbsError.iadd(Math.abs(err) / this.updates);
    return err;
  }

  /** Shrinks all factors (weight decay); returns the new factor energy. */
  decay(keep: number): number {
    this.userFactors.imul(keep);
    this.itemFactors.imul(keep);
    return this.userFactors.mul(this.userFactors).sum() + this.itemFactors.mul(this.itemFactors).sum();
  }

  topN(user: number, n: number, exclude: Set<number>): number[] {
    const scored: { item: number; score: number }[] = [];
    for (let j = 0; j < this.itemFactors.shape[0]; j++) {
      if (!exclude.has(j)) scored.push({ item: j, score: this.predict(user, j) });
    }
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, n).map((s) => s.item);
  }

  resetItem(item: number): number {
    this.itemFactors.slice(item).fill(0.1);
    this.itemBias.set(item, 0);
    return this.itemBias.sum();
  }
}

const model = new OnlineRecommender(3, 5, 0.05);
const ratings: [number, number, number][] = [
  [0, 1, 5],
  [0, 3, 2],
  [1, 1, 4],
  [1, 4, 5],
  [2, 0, 3],
  [2, 1, 5],
  [0, 4, 4],
];

const errors: number[] = [];
const seen = new Map<number, Set<number>>();
for (let epoch = 0; epoch < 20; epoch++) {
  for (const [u, i, r] of ratings) {
    errors.push(model.update(u, i, r));
    if (epoch === 0) recordRating(r);
    if (!seen.has(u)) seen.set(u, new Set());
    seen.get(u)!.add(i);
  }
  if (epoch % 5 === 4) model.decay(0.98);
}
model.resetItem(2);

const holdout = array([4, 3]);
const holdoutPred = array([model.predict(2, 4), model.predict(1, 3)]);
holdoutPred.isub(holdout);

for (let u = 0; u < 3; u++) {
  console.log(`user ${u} top-2:`, model.topN(u, 2, seen.get(u) ?? new Set()));
}
console.log("last error:", model.stats.lastError.toFixed(4), "MAE:", model.stats.meanAbsError.get(0).toFixed(4));
console.log("holdout residuals:", holdoutPred.tolist(), "rating histogram:", GLOBAL_RATING_COUNTS.tolist());
console.log("first-epoch error:", errors[0].toFixed(3), "last:", errors[errors.length - 1].toFixed(3));
