// Rank-one alternating least squares on a partially observed rating matrix, stopping when the user factors settle.
import { array, ones, zeros, NDArray } from "ndalias";

class AlsModel {
  userF: NDArray;
  itemF: NDArray;

  constructor(users: number, items: number) {
    this.userF = ones(users);
    this.itemF = ones(items);
  }

  sweep(R: NDArray, observed: NDArray, reg: number): number {
    const before = this.userF.copy();
    for (let u = 0; u < this.userF.size; u++) {
      let num = 0;
      let den = reg;
      for (let i = 0; i < this.itemF.size; i++) {
        if (!observed.get(u, i)) continue;
        num += R.get(u, i) * this.itemF.get(i);
        den += this.itemF.get(i) ** 2;
      }
      this.userF.set(u, num / den);
    }
    for (let i = 0; i < this.itemF.size; i++) {
      let num = 0;
      let den = reg;
      for (let u = 0; u < this.userF.size; u++) {
        if (!observed.get(u, i)) continue;
        num += R.get(u, i) * this.userF.get(u);
        den += this.userF.get(u) ** 2;
      }
      this.itemF.set(i, num / den);
    }
    const change = this.userF.sub(before);
    return Math.sqrt(change.mul(change).sum());
  }

  normalise(): void {
    const norm = Math.sqrt(this.itemF.mul(this.itemF).sum());
    this.itemF.idiv(norm);
    this.userF.imul(norm);
  }

  predict(): NDArray {
    const out = zeros([this.userF.size, this.itemF.size]);
    for (let u = 0; u < this.userF.size; u++) {
      out.slice(u).assign(":", this.itemF.mul(this.userF.get(u)));
    }
    return out;
  }
}

const ratings = array([
  [5, 3, 0, 1],
  [4, 0, 0, 1],
  [1, 1, 0, 5],
  [0, 1, 5, 4],
]);
const observed = ratings.astype("bool");

const model = new AlsModel(4, 4);
for (let s = 0; s < 100; s++) {
  const delta = model.sweep(ratings, observed, 0.1);
  model.normalise();
  if (delta < 1e-9) {
    console.log(`settled after ${s + 1} sweeps`);
    break;
  }
}

const predicted = model.predict();
const firstUser = predicted.slice(0);
console.log("raw scores for user 0:", firstUser.tolist());

for (let u = 0; u < 4; u++) {
  for (let i = 0; i < 4; i++) {
    const v = predicted.get(u, i);
    predicted.set([u, i], Math.min(5, Math.max(1, v)));
  }
}
const lastUser = predicted.slice(3);
console.log("clipped scores for user 3:", lastUser.tolist());
console.log("mean predicted rating:", predicted.mean().toFixed(3));
