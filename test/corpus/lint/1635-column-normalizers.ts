// Feature normalisers behind an abstract base class (min-max, z-score, robust) applied column by column to a small table.
import { array, zeros, NDArray } from "ndalias";

abstract class Normalizer {
  abstract readonly kind: string;

  abstract normalize(column: NDArray): NDArray;

  abstract normalizeInPlace(column: NDArray): void;

  fitTransform(table: NDArray): NDArray {
    const out = zeros(table.shape);
    for (let j = 0; j < table.shape[1]; j++) {
      out.slice(":", j).assign(":", this.normalize(table.slice(":", j)));
    }
    return out;
  }

  transformInPlace(table: NDArray): void {
    for (let j = 0; j < table.shape[1]; j++) {
      this.normalizeInPlace(table.slice(":", j));
    }
  }
}

class MinMaxNormalizer extends Normalizer {
  readonly kind = "min-max";

  normalize(column: NDArray): NDArray {
    const lo = column.min();
    const span = column.max() - lo || 1;
    column.isub(lo); // expect: no-alias-mutation
    column.idiv(span); // expect: no-alias-mutation
    return column;
  }

  normalizeInPlace(column: NDArray): void {
    const lo = column.min();
    const span = column.max() - lo || 1;
    column.isub(lo);
    column.idiv(span);
  }
}

class ZScoreNormalizer extends Normalizer {
  readonly kind = "z-score";

  normalize(column: NDArray): NDArray {
    const z = column.sub(column.mean());
    const sd = Math.sqrt(z.mul(z).mean()) || 1;
    z.idiv(sd);
    return z;
  }

  normalizeInPlace(column: NDArray): void {
    const mu = column.mean();
    const centred = column.sub(mu);
    const sd = Math.sqrt(centred.mul(centred).mean()) || 1;
    column.isub(mu);
    column.idiv(sd);
  }
}

class RobustNormalizer extends Normalizer {
  readonly kind = "robust";

  private quantiles(column: NDArray): [number, number, number] {
    const sorted = column.flatten();
    sorted.sort();
    const at = (q: number) => sorted.get(Math.round(q * (sorted.size - 1)));
    return [at(0.25), at(0.5), at(0.75)];
  }

  normalize(column: NDArray): NDArray {
    const [q1, med, q3] = this.quantiles(column);
    return column.sub(med).div(q3 - q1 || 1);
  }

  normalizeInPlace(column: NDArray): void {
    const [q1, med, q3] = this.quantiles(column);
    column.isub(med);
    column.idiv(q3 - q1 || 1);
  }
}

function columnRanges(table: NDArray): string[] {
  const ranges: string[] = [];
  for (let j = 0; j < table.shape[1]; j++) {
    const col = table.slice(":", j);
    ranges.push(`[${col.min().toFixed(2)}, ${col.max().toFixed(2)}]`);
  }
  return ranges;
}

function report(n: Normalizer, table: NDArray): void {
  const scaled = n.fitTransform(table);
  console.log(n.kind.padEnd(8), "ranges:", columnRanges(scaled).join(" "));
}

const table = array([
  [150, 0.2, 31],
  [162, 0.5, 45],
  [171, 0.9, 28],
  [158, 0.4, 52],
  [180, 0.7, 39],
]);

const normalizers: Normalizer[] = [new ZScoreNormalizer(), new RobustNormalizer(), new MinMaxNormalizer()];
for (const n of normalizers) report(n, table);

const scratch = table.copy();
new ZScoreNormalizer().transformInPlace(scratch);
console.log("in-place z-scores:", columnRanges(scratch).join(" "));
console.log("raw column ranges:", columnRanges(table).join(" "));
