// A Markov transition matrix that iterates its rows through a cursor, normalises its count rows into probabilities and steps a state distribution.
import { array, zeros, NDArray } from "ndalias";

class RowCursor implements IterableIterator<NDArray> {
  owner: TransitionMatrix | null = null;
  private row = 0;
  private readonly source: NDArray;

  constructor(source: NDArray) {
    this.source = source;
  }

  [Symbol.iterator](): RowCursor {
    return this;
  }

  next(): IteratorResult<NDArray> {
    if (this.row >= this.source.shape[0]) {
      return { value: undefined, done: true };
    }
    const current = this.source.slice(this.row);
    this.row++;
    return { value: current, done: false };
  }
}

class TransitionMatrix implements Iterable<NDArray> {
  values: NDArray;
  activeCursor: RowCursor | null = null;

  constructor(counts: number[][]) {
    this.values = array(counts);
  }

  [Symbol.iterator](): RowCursor {
    const cursor = new RowCursor(this.values);
    cursor.owner = this;
    this.activeCursor = cursor; // expect: no-reference-cycle
    return cursor;
  }

  get states(): number {
    return this.values.shape[0];
  }

  normalizeRows(): number {
    let emptyRows = 0;
    for (let r = 0; r < this.states; r++) {
      const row = this.values.slice(r);
      const total = row.sum();
      if (total === 0) {
        emptyRows++;
        continue;
      }
      row.idiv(total); // expect: no-view-mutation
    }
    console.log("largest transition probability:", this.values.max().toFixed(3));
    return emptyRows;
  }

  rescale(k: number): void {
    this.values.imul(k);
  }

  step(distribution: NDArray): NDArray {
    const next = zeros(this.states);
    let r = 0;
    for (const row of this) {
      next.iadd(row.mul(distribution.get(r)));
      r++;
    }
    return next;
  }
}

function entropy(p: NDArray): number {
  let h = 0;
  for (let i = 0; i < p.size; i++) {
    const v = p.get(i);
    if (v > 0) h -= v * Math.log2(v);
  }
  return h;
}

const weather = new TransitionMatrix([
  [6, 3, 1],
  [2, 5, 3],
  [1, 4, 5],
]);
weather.rescale(2);
const emptyRows = weather.normalizeRows();
console.log("rows without observations:", emptyRows);

let distribution = array([1, 0, 0]);
for (let t = 1; t <= 4; t++) {
  distribution = weather.step(distribution);
  console.log(`day ${t}:`, distribution.tolist(), "entropy", entropy(distribution).toFixed(3));
}

for (const row of weather) {
  console.log("row:", row.tolist(), "sum", row.sum().toFixed(3));
}

const renormalised = distribution.copy();
renormalised.idiv(renormalised.sum() || 1);
console.log("renormalised distribution:", renormalised.tolist());
