// Movie recommender trained by matrix factorisation with SGD: shuffles observed ratings, updates user and item factors and reports top picks.
import { array, zeros, arange, NDArray } from "ndalias";

const EPOCH_LOSS = zeros(16);

function recordEpoch(epoch: number, loss: number): number {
  EPOCH_LOSS.set(epoch % EPOCH_LOSS.size, loss);
  const seen = EPOCH_LOSS.slice(`:${Math.min(epoch + 1, EPOCH_LOSS.size)}`);
  return seen.mean();
}

function resetEpochs(): number {
  const last = EPOCH_LOSS.max();
  EPOCH_LOSS.fill(0);
  return last;
}

function pick<T, K extends keyof T>(obj: T, key: K): T[K] {
  return obj[key];
}

class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 48271) % 2147483647;
    return this.state / 2147483647;
  }
}

function shuffleInPlace(order: NDArray, rng: Rng): void {
  for (let i = order.size - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const tmp = order.get(i);
    order.set(i, order.get(j));
    order.set(j, tmp);
  }
}

interface Rating {
  user: number;
  item: number;
  value: number;
}

function toMatrix(ratings: Rating[], users: number, items: number): NDArray {
  const m = zeros([users, items]);
  for (const r of ratings) m.set([r.user, r.item], r.value);
  return m;
}

function centredRows(matrix: NDArray, rows: number[]): NDArray {
  const picked = matrix.take(rows, 0);
  picked.isub(picked.mean());
  return picked;
}

class Factorizer {
  readonly users: NDArray;
  readonly items: NDArray;

  constructor(nUsers: number, nItems: number, readonly rank: number, rng: Rng) {
    this.users = zeros([nUsers, rank]);
    this.items = zeros([nItems, rank]);
    this.initialise(rng);
  }

  private initialise(rng: Rng): void {
    for (let i = 0; i < this.users.size; i++) this.users.data[i] = (rng.next() - 0.5) * 0.2;
    for (let i = 0; i < this.items.size; i++) this.items.data[i] = (rng.next() - 0.5) * 0.2;
  }

  predict(user: number, item: number): number {
    return this.users.slice(user).mul(this.items.slice(item)).sum();
  }

  sgdStep(r: Rating, lr: number, reg: number): number {
    const pu = this.users.slice(r.user).copy();
    const qi = this.items.slice(r.item).copy();
    const err = r.value - pu.mul(qi).sum();
    this.users.slice(r.user).iadd(qi.mul(err).sub(pu.mul(reg)).mul(lr));
    this.items.slice(r.item).iadd(pu.mul(err).sub(qi.mul(reg)).mul(lr));
    return err * err;
  }

  shrink(factor: number): number {
    this.users.imul(factor);
    this.items.imul(factor);
    return this.users.mul(this.users).sum() + this.items.mul(this.items).sum();
  }

  scoresFor(user: number): number[] {
    const scores: number[] = [];
    for (let i = 0; i < this.items.shape[0]; i++) scores.push(this.predict(user, i));
    return scores;
  }
}

function trainEpoch(model: Factorizer, ratings: Rating[], order: NDArray, lr: number): number {
  let total = 0;
  for (let k = 0; k < order.size; k++) {
    total += model.sgdStep(ratings[order.get(k)], lr, 0.02);
  }
  return total / ratings.length;
}

function topPicks(model: Factorizer, user: number, seen: NDArray, titles: string[], n: number): string[] {
  const scores = model.scoresFor(user);
  return titles
    .map((title, i) => ({ title, score: scores[i], seen: seen.get(user, i) > 0 }))
    .filter((x) => !x.seen)
    .sort((a, b) => b.score - a.score)
    .slice(0, n)
    .map((x) => `${x.title} (${x.score.toFixed(2)})`);
}

const titles = ["Alien", "Brazil", "Casablanca", "Dune", "Eraserhead"];
const ratings: Rating[] = [
  { user: 0, item: 0, value: 5 },
  { user: 0, item: 3, value: 4 },
  { user: 1, item: 1, value: 3 },
  { user: 1, item: 2, value: 5 },
  { user: 2, item: 0, value: 4 },
  { user: 2, item: 4, value: 2 },
  { user: 3, item: 2, value: 4 },
  { user: 3, item: 3, value: 5 },
];

const rng = new Rng(12345);
const model = new Factorizer(4, titles.length, 2, rng);
const order = arange(ratings.length);

for (let epoch = 0; epoch < 12; epoch++) {
  shuffleInPlace(order, rng);
  const loss = trainEpoch(model, ratings, order, 0.05);
  const running = recordEpoch(epoch, loss);
  if (epoch % 4 === 3) console.log(`epoch ${epoch}: loss ${loss.toFixed(4)}, running ${running.toFixed(4)}`);
}
console.log("last shuffle order:", order.tolist());
console.log("factor norm after shrink:", model.shrink(0.98).toFixed(4));

const matrix = toMatrix(ratings, 4, titles.length);
for (let u = 0; u < 4; u++) {
  console.log(`user ${u} picks:`, topPicks(model, u, matrix, titles, 2).join(", "));
}

// Residuals start from the ratings but are rebound to a fresh array before editing.
let residual: NDArray = matrix;
residual = residual.sub(matrix.mean());
residual.imul(matrix.div(5));
console.log("residual total:", residual.sum().toFixed(3), "ratings total:", matrix.sum());

const itemFactors = pick(model, "items");
console.log("item factor of Dune:", itemFactors.slice(3).tolist());
console.log("centred ratings of users 0 and 3:", centredRows(matrix, [0, 3]).tolist());
console.log("peak epoch loss before reset:", resetEpochs().toFixed(4));
