// Reorder and pricing helpers for a bookshop chain: every adjusted figure is computed in a fresh array that is returned or printed.
import { array, NDArray } from "ndalias";

class ReorderCache {
  static readonly plans: Record<string, NDArray> = {};
  static hits = 0;

  static plan(site: string, onHand: NDArray, target: NDArray): NDArray {
    const cached = ReorderCache.plans[site];
    if (cached !== undefined) {
      ReorderCache.hits += 1;
      return cached.copy();
    }
    const gap = target.sub(onHand);
    for (let i = 0; i < gap.size; i++) {
      if (gap.get(i) < 0) {
        gap.set(i, 0);
      }
    }
    ReorderCache.plans[site] = gap;
    return gap.copy();
  }
}

function topSellers(sales: NDArray, k: number): number[] {
  const ranked = sales.flatten();
  ranked.sort();
  const out: number[] = [];
  for (let j = 0; j < k; j++) {
    out.push(ranked.get(ranked.size - 1 - j));
  }
  return out;
}

function priceInPence(prices: NDArray): NDArray {
  const pence = prices.mul(100).astype("int32");
  pence.iadd(1);
  return pence;
}

function bundlePrice(prices: NDArray, titles: number[], discount: number): number {
  const bundle = prices.take(titles);
  bundle.imul(1 - discount);
  return bundle.sum();
}

function withVat<T extends NDArray>(net: T, rate: number): NDArray {
  const gross = net.mul(1 + rate);
  gross.imul(100);
  for (let i = 0; i < gross.size; i++) {
    gross.set(i, Math.round(gross.get(i)) / 100);
  }
  return gross;
}

const titles = ["atlas", "cookbook", "novel", "poetry", "guide"];
const prices = array([25.0, 18.99, 8.99, 10.5, 14.0]);
const onHand = array([3, 12, 40, 6, 9]);
const target = array([5, 10, 50, 10, 12]);
const monthlySales = array([
  [2, 9, 31, 4, 7],
  [1, 11, 28, 6, 5],
]);

const plan = ReorderCache.plan("Oxford", onHand, target);
plan.imul(2);
console.log("double order for the sale:", plan.tolist());
const again = ReorderCache.plan("Oxford", onHand, target);
console.log("cached plan:", again.tolist(), "cache hits:", ReorderCache.hits);

console.log("best monthly sales:", topSellers(monthlySales, 3));
console.log("sales table as recorded:", monthlySales.tolist());

const pence = priceInPence(prices);
console.log("tills (pence):", pence.tolist());
console.log(`gift bundle: ${bundlePrice(prices, [0, 2, 3], 0.15).toFixed(2)}`);
console.log("with VAT:", withVat(prices, 0.2).tolist());

const staff = prices.mul(0.75);
staff.isub(0.01);
console.log("staff prices:", staff.tolist());

const asFloat32 = onHand.astype("float32");
asFloat32.idiv(target);
console.log("cover ratio:", asFloat32.tolist());

const grossUp = prices.copy().imul(1.2).sum();
console.log(`gross list value per copy: ${grossUp.toFixed(2)}`);

const shelfOrder = prices.take([4, 3, 2, 1, 0]);
shelfOrder.sort();
console.log("price ladder:", shelfOrder.tolist(), "original:", prices.tolist());
