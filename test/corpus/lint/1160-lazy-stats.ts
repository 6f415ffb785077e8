// Lazily computed dataset statistics: memoized getters return cached arrays, and invalidation rebuilds them from fresh copies.
import { array, NDArray } from "ndalias";

interface Dataset {
  append(row: number[]): void;
  columnMeans(): NDArray;
  columnRanges(): NDArray;
  standardized(): NDArray;
  raw(): NDArray;
}

function memo<T>(compute: () => T): { get(): T; clear(): void } {
  let value: T | undefined;
  let valid = false;
  return {
    get() {
      if (!valid) {
        value = compute();
        valid = true;
      }
      return value as T;
    },
    clear() {
      valid = false;
      value = undefined;
    },
  };
}

function createDataset(initial: number[][]): Dataset {
  let table = array(initial);

  const means = memo(() => {
    const rows = table.shape[0];
    const acc = table.slice(0).copy();
    for (let i = 1; i < rows; i++) acc.iadd(table.slice(i));
    acc.idiv(rows);
    return acc;
  });

  const ranges = memo(() => {
    const cols = table.shape[1];
    const out = array(new Array<number>(cols).fill(0));
    for (let j = 0; j < cols; j++) {
      const col = table.slice(":", j);
      out.set(j, col.max() - col.min());
    }
    return out;
  });

  return {
    append(row) {
      const grown = array([...(table.tolist() as number[][]), row]);
      table = grown;
      means.clear();
      ranges.clear();
    },
    columnMeans: () => means.get(),
    columnRanges: () => ranges.get(),
    standardized() {
      const mu = means.get();
      const span = ranges.get();
      const z = table.copy();
      for (let i = 0; i < z.shape[0]; i++) {
        z.slice(i).isub(mu);
        z.slice(i).idiv(span.add(1e-9));
      }
      return z;
    },
    raw: () => table.copy(),
  };
}

function show(label: string, v: NDArray): void {
  console.log(label.padEnd(14), JSON.stringify(v.tolist()));
}

export function analyse(): number {
  const ds = createDataset([
    [1, 10, 100],
    [2, 20, 300],
    [3, 60, 200],
  ]);
  const firstMeans = ds.columnMeans();
  show("means", firstMeans);
  show("ranges", ds.columnRanges());
  show("standardized", ds.standardized());

  ds.append([10, 0, 0]);
  const secondMeans = ds.columnMeans();
  show("means again", secondMeans);
  show("old means", firstMeans);

  const shifted = secondMeans.sub(firstMeans);
  show("shift", shifted);
  show("raw", ds.raw());
  return shifted.sum();
}

console.log("total mean shift:", analyse().toFixed(3));
