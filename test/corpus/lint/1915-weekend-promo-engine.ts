// Weekend promotion engine for a convenience chain: discounts selected lines, previews promos, plans a doorbuster and prints baskets.
// runnable
import { array, NDArray } from "ndalias";

class PromoEngine {
  static runs = 0;
  static readonly vatRate = 0.2;

  constructor(
    private readonly prices: NDArray,
    readonly names: string[],
  ) {}

  discountLines(indices: number[], pct: number): void {
    const promoted = this.prices.take(indices);
    promoted.imul(1 - pct); // expect: no-lost-write
    PromoEngine.runs += 1;
  }

  promoPreview(indices: number[], pct: number): NDArray {
    const preview = this.prices.take(indices);
    preview.imul(1 - pct);
    return preview;
  }

  raiseAll(pct: number): void {
    this.prices.imul(1 + pct);
    PromoEngine.runs += 1;
  }

  listPrices(): NDArray {
    return this.prices.copy();
  }

  grossPrices(): NDArray {
    const gross = this.prices.mul(1 + PromoEngine.vatRate);
    gross.imul(100);
    for (let i = 0; i < gross.size; i++) {
      gross.set(i, Math.round(gross.get(i)) / 100);
    }
    return gross;
  }

  basketTotal(quantities: NDArray): number {
    return this.prices.mul(quantities).sum();
  }
}

function describe(names: string[], values: NDArray): string {
  return names.map((n, i) => `${n}: ${Number(values.get(i)).toFixed(2)}`).join(" | ");
}

function cheapest(names: string[], values: NDArray): string {
  let best = 0;
  for (let i = 1; i < values.size; i++) {
    if (values.get(i) < values.get(best)) {
      best = i;
    }
  }
  return names[best];
}

const engine = new PromoEngine(array([1.85, 0.95, 3.4, 2.1, 4.75]), [
  "crisps",
  "cola",
  "sandwich",
  "chocolate",
  "coffee",
]);

const preview = engine.promoPreview([2, 4], 0.25);
console.log("preview of meal-deal prices:", preview.tolist());

engine.discountLines([2, 4], 0.25);
console.log("list after the promo:", describe(engine.names, engine.listPrices()));

engine.raiseAll(0.03);
console.log("gross shelf prices:", describe(engine.names, engine.grossPrices()));
console.log("cheapest line:", cheapest(engine.names, engine.listPrices()));

const basket = array([2, 3, 1, 0, 1]);
console.log(`basket total: ${engine.basketTotal(basket).toFixed(2)}`);

// weekend plan: rows are Saturday and Sunday, columns follow the engine's lines
const weekendPlan = array([
  [1.85, 0.95, 3.4, 2.1, 4.75],
  [1.85, 0.95, 3.4, 2.1, 4.75],
]);
weekendPlan.slice("0, 3:").imul(0.9);

const planFlat = weekendPlan.flatten();
planFlat.set(6, 0.5); // expect: no-lost-write

const sundayDeal = weekendPlan.slice(1).copy();
sundayDeal.isub(0.05);
console.log("weekend plan:", weekendPlan.tolist());
console.log("Sunday member prices:", describe(engine.names, sundayDeal));
console.log(`${PromoEngine.runs} promo runs`);
