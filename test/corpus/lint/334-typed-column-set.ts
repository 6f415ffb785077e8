// Typed column wrappers: generic in-place and copying scalers, an iterable column set and a running tally closure.
import { array, zeros, NDArray } from "ndalias";

interface HasData {
  data: NDArray;
}

class Column implements HasData {
  constructor(
    readonly name: string,
    public data: NDArray,
  ) {}

  static of(name: string, values: readonly number[]): Column {
    return new Column(name, array([...values]));
  }
}

class ColumnSet implements Iterable<Column> {
  private readonly items: Column[] = [];

  add(col: Column): this {
    this.items.push(col);
    return this;
  }

  *[Symbol.iterator](): Generator<Column> {
    yield* this.items;
  }
}

function scaleInPlace<T extends HasData>(item: T, k: number): void {
  item.data.imul(k);
}

function scaledCopy<T extends HasData>(item: T, k: number): T {
  const data = item.data.copy();
  data.imul(k);
  return { ...item, data };
}

function makeTally(width: number): (row: NDArray) => number {
  const tally = zeros(width);
  return (row) => {
    tally.iadd(row);
    return tally.sum();
  };
}

function peak<T extends HasData>(items: Iterable<T>): number {
  let best = -Infinity;
  for (const it of items) best = Math.max(best, it.data.max());
  return best;
}

const cpu = Column.of("cpu", [0.31, 0.52, 0.47, 0.9]);
const mem = Column.of("mem", [0.6, 0.61, 0.66, 0.7]);
const set = new ColumnSet().add(cpu).add(mem);

const cpuPercent = scaledCopy(cpu, 100);
console.log("cpu %:", cpuPercent.data.tolist(), "cpu fraction:", cpu.data.tolist());

for (const col of set) scaleInPlace(col, 2);
console.log("peak after doubling:", peak(set));

const tally = makeTally(2);
let running = 0;
for (let i = 0; i < cpu.data.size; i++) {
  running = tally(array([cpu.data.get(i), mem.data.get(i)]));
}
console.log("running tally:", running, "mem:", mem.data.tolist());
