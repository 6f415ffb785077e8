// Small vector value class with a static factory, a fluent builder API that returns `this`, and clone() handing out independent copies that callers then modify.
import { array, zeros, NDArray } from "ndalias";

class Vec {
  private constructor(private values: NDArray) {}

  static of(xs: number[]): Vec {
    return new Vec(array(xs));
  }

  static zeros(n: number): Vec {
    return new Vec(zeros(n));
  }

  clone(): Vec {
    return new Vec(this.values.copy());
  }

  scale(k: number): this {
    this.values.imul(k);
    return this;
  }

  shift(k: number): this {
    this.values.iadd(k);
    return this;
  }

  clampMax(limit: number): this {
    for (let i = 0; i < this.values.size; i++) {
      if (this.values.get(i) > limit) this.values.set(i, limit);
    }
    return this;
  }

  update(fn: (values: NDArray) => void): this {
    fn(this.values);
    return this;
  }

  norm(): number {
    return Math.sqrt(this.values.mul(this.values).sum());
  }

  toArray(): NDArray {
    return this.values.copy();
  }

  toString(): string {
    return `Vec(${JSON.stringify(this.values.tolist())})`;
  }
}

const base = Vec.of([3, 4, 12]);
const doubled = base.clone().scale(2);
const shifted = base.clone();
shifted.shift(-1).clampMax(5);
console.log(String(base), "norm", base.norm());
console.log(String(doubled), "norm", doubled.norm());
console.log(String(shifted), "norm", shifted.norm());

const unit = base.clone().update((vals) => {
  vals.idiv(Math.sqrt(vals.mul(vals).sum()));
});
console.log(String(unit), "unit norm", unit.norm().toFixed(6), "base norm", base.norm());

const exported = base.toArray();
exported.fill(0);
console.log("exported zeroed:", exported.sum(), "base kept:", base.norm());

const acc = Vec.zeros(3);
for (const v of [base, doubled, shifted]) acc.shift(v.norm() / 3);
console.log(String(acc));
