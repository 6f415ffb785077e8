// A catalog of named frame columns kept in object-dtype arrays, with a metadata table and a currency conversion step.
import { array, empty, NDArray, refcount } from "ndalias";

type Columns = { price: NDArray; units: NDArray; discount: NDArray };

export class Catalog {
  readonly slots: NDArray;
  readonly meta: NDArray;
  readonly names: readonly string[];

  private constructor(slots: NDArray, meta: NDArray, names: readonly string[]) {
    this.slots = slots;
    this.meta = meta;
    this.names = names;
  }

  static of(columns: Columns): Catalog {
    const names = Object.keys(columns) as (keyof Columns)[];
    const slots = empty(names.length + 1, "object");
    names.forEach((n, i) => slots.set(i, columns[n]));
    const meta = empty(2, "object");
    meta.set(0, array(names.map((n) => columns[n].size)));
    slots.set(names.length, meta);
    meta.set(1, slots); // expect: no-reference-cycle
    return new Catalog(slots, meta, names);
  }

  column(name: string): NDArray {
    const i = this.names.indexOf(name);
    if (i < 0) throw new Error(`no column "${name}" in catalog`);
    return this.slots.get(i);
  }

  totalCells(): number {
    const sizes: NDArray = this.meta.get(0);
    return sizes.sum();
  }
}

function toEuro(cols: Columns, rate: number): number {
  const { price } = cols;
  price.imul(rate); // expect: no-alias-mutation
  return cols.price.mul(cols.units).sum();
}

function revenueUsd(cols: Columns): number {
  const net = cols.price.mul(cols.discount.mul(-1).add(1));
  return net.mul(cols.units).sum();
}

const cols: Columns = {
  price: array([19.99, 5.49, 12.0, 3.75]),
  units: array([3, 10, 2, 8]),
  discount: array([0, 0.1, 0.25, 0]),
};

const catalog = Catalog.of(cols);
console.log("cells:", catalog.totalCells(), "price refs:", refcount(catalog.column("price")));
console.log("revenue (EUR):", toEuro(cols, 0.92));
console.log("revenue (USD):", revenueUsd(cols));
