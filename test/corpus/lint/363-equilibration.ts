// Row and column equilibration of a badly scaled matrix before factorisation, with scale factors kept on an equilibrator object.
import { array, ones, NDArray } from "ndalias";

function rowMaxAbs(M: NDArray, i: number): number {
  let m = 0;
  for (let j = 0; j < M.shape[1]; j++) m = Math.max(m, Math.abs(M.get(i, j)));
  return m;
}

export class Equilibrator {
  rowScale: NDArray;
  colScale: NDArray;
  private applied = 0;

  constructor(readonly rows: number, readonly cols: number) {
    this.rowScale = ones(rows);
    this.colScale = ones(cols);
  }

  computeRowScales(A: NDArray): number {
    const r = this.rowScale;
    for (let i = 0; i < this.rows; i++) {
      const m = rowMaxAbs(A, i);
      if (m === 0) continue;
      r.set(i, 1 / m); // expect: no-alias-mutation
    }
    return this.rowScale.max() / this.rowScale.min();
  }

  computeColScales(A: NDArray): number {
    for (let j = 0; j < this.cols; j++) {
      let m = 0;
      for (let i = 0; i < this.rows; i++) m = Math.max(m, Math.abs(A.get(i, j) * this.rowScale.get(i)));
      this.colScale.set(j, m === 0 ? 1 : 1 / m);
    }
    return this.colScale.max() / this.colScale.min();
  }

  apply(A: NDArray): NDArray {
    const S = A.copy();
    for (let i = 0; i < this.rows; i++) S.slice(i).imul(this.rowScale.get(i));
    for (let j = 0; j < this.cols; j++) S.slice(":", j).imul(this.colScale.get(j));
    this.applied++;
    return S;
  }

  reset(): void {
    this.rowScale.flatten().fill(1); // expect: no-lost-write
    this.colScale.fill(1);
    this.applied = 0;
  }
}

function conditionRatio(M: NDArray): number {
  let hi = 0;
  let lo = Infinity;
  for (let i = 0; i < M.shape[0]; i++) {
    const m = rowMaxAbs(M, i);
    hi = Math.max(hi, m);
    lo = Math.min(lo, m);
  }
  return hi / lo;
}

export function equilibrate(A: NDArray, eq: Equilibrator, maxRatio: number): NDArray {
  let scaled: NDArray | null = null;
  try {
    const rowSpread = eq.computeRowScales(A);
    const colSpread = eq.computeColScales(A);
    if (!Number.isFinite(rowSpread * colSpread)) {
      throw new RangeError(`scale spread overflowed: rows ${rowSpread}, columns ${colSpread}`);
    }
    scaled = eq.apply(A);
    if (conditionRatio(scaled) > maxRatio) {
      throw new Error(`row-size ratio ${conditionRatio(scaled)} still exceeds ${maxRatio}`);
    }
    return scaled;
  } catch (err) {
    eq.reset();
    if (err instanceof RangeError) throw err;
    console.warn("equilibration insufficient, using the unscaled matrix:", (err as Error).message);
    return A.copy();
  } finally {
    console.log(`equilibrate: ${scaled ? "scaled" : "no scaled"} matrix produced`);
  }
}

const A = array([
  [1e6, 2e6, 0],
  [3e-3, 1e-3, 4e-3],
  [5, 0, 7],
]);
const eq = new Equilibrator(3, 3);
const S = equilibrate(A, eq, 10);
console.log("equilibrated:", S.tolist());
console.log("row scales:", eq.rowScale.tolist(), "column scales:", eq.colScale.tolist());
