// E-commerce checkout: prices cart lines, applies coupons and loyalty credit, computes tax and keeps running store totals.
import { array, zeros, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface Coupon {
  code: string;
  pct: number;
  firstLines: number;
}

interface Cart {
  customer: string;
  unitPrices: NDArray;
  quantities: NDArray;
  coupon: Option<string>;
}

interface Receipt {
  customer: string;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

class Registry<K, V> {
  private readonly entries = new Map<K, V>();
  add(key: K, value: V): this {
    this.entries.set(key, value);
    return this;
  }
  find(key: K): Option<V> {
    return this.entries.get(key);
  }
  values(): V[] {
    return [...this.entries.values()];
  }
}

/** Caps every line at the per-line maximum the payment provider accepts. */
function capLines(lines: NDArray, maxPerLine: number): void {
  for (let i = 0; i < lines.size; i++) {
    if (lines.get(i) > maxPerLine) lines.set(i, maxPerLine);
  }
}

/** Applies a coupon to the first lines of a cart in place. */
function applyCoupon(lines: NDArray, coupon: Coupon): void {
  const n = Math.min(coupon.firstLines, lines.size);
  lines.slice(`:${n}`).imul(1 - coupon.pct);
}

function lookupCoupon(coupons: Registry<string, Coupon>, code: Option<string>): Result<Coupon> {
  if (!code) return { ok: false, error: "no coupon" };
  const c = coupons.find(code);
  return c ? { ok: true, value: c } : { ok: false, error: `unknown coupon ${code}` };
}

function lineTotals(cart: Cart): NDArray {
  return cart.unitPrices.mul(cart.quantities);
}

function taxFor(amounts: NDArray, rate: number, exemptFirst: number): number {
  const taxed = amounts.mul(rate);
  taxed.slice(`:${exemptFirst}`).fill(0);
  return taxed.sum();
}

class StoreLedger {
  private readonly dailyTotals: NDArray;
  private readonly receipts: Receipt[] = [];

  constructor(days: number) {
    this.dailyTotals = zeros(days);
  }

  record(day: number, receipt: Receipt): number {
    this.receipts.push(receipt);
    this.dailyTotals.set(day, this.dailyTotals.get(day) + receipt.total);
    return this.dailyTotals.get(day);
  }

  closeWeek(): number {
    const weekTotal = this.dailyTotals.sum();
    this.dailyTotals.fill(0);
    return weekTotal;
  }

  bestCustomer(): Option<string> {
    const sorted = [...this.receipts].sort((a, b) => b.total - a.total);
    return sorted.at(0)?.customer;
  }

  trend(): NDArray {
    const smoothed = this.dailyTotals.copy();
    for (let i = 1; i < smoothed.size; i++) {
      smoothed.set(i, 0.5 * smoothed.get(i) + 0.5 * smoothed.get(i - 1));
    }
    return smoothed;
  }
}

function checkout(cart: Cart, coupons: Registry<string, Coupon>, vat: number): Receipt {
  const lines = lineTotals(cart);
  const subtotal = lines.sum();
  const coupon = lookupCoupon(coupons, cart.coupon);
  if (coupon.ok) applyCoupon(lines, coupon.value);
  capLines(lines, 500);
  const afterDiscount = lines.sum();
  const tax = taxFor(lines, vat, 0);
  return {
    customer: cart.customer,
    subtotal,
    discount: subtotal - afterDiscount,
    tax,
    total: afterDiscount + tax,
  };
}

function loyaltyCredit(history: NDArray, rate: number): number {
  let credit = history.mul(rate);
  let previous = zeros(history.size);
  [credit, previous] = [previous, credit];
  credit.iadd(previous);
  credit.set(0, 0);
  return credit.sum();
}

const coupons = new Registry<string, Coupon>()
  .add("WELCOME10", { code: "WELCOME10", pct: 0.1, firstLines: 2 })
  .add("BULK5", { code: "BULK5", pct: 0.05, firstLines: 10 });

const carts: Cart[] = [
  { customer: "ana", unitPrices: array([12.5, 3.2, 40.0]), quantities: array([2, 10, 1]), coupon: "WELCOME10" },
  { customer: "ben", unitPrices: array([250.0, 19.9]), quantities: array([3, 1]), coupon: undefined },
  { customer: "cho", unitPrices: array([5.0, 5.0, 5.0, 7.5]), quantities: array([4, 4, 4, 2]), coupon: "BULK5" },
];

const eurToUsd = 1.08;
carts.forEach((c) => c.unitPrices.imul(eurToUsd));

const ledger = new StoreLedger(7);
carts.forEach((cart, i) => {
  const receipt = checkout(cart, coupons, 0.2);
  const dayTotal = ledger.record(i % 7, receipt);
  console.log(`${receipt.customer}: total ${receipt.total.toFixed(2)} (day total ${dayTotal.toFixed(2)})`);
});

console.log("loyalty credit for ana:", loyaltyCredit(array([120, 80, 45]), 0.02).toFixed(2));
console.log("best customer:", ledger.bestCustomer());
console.log("trend:", ledger.trend().tolist());
console.log("week closed at:", ledger.closeWeek().toFixed(2));

const wholesale = zeros(3);
const retail = zeros(3);
wholesale.iadd(array([8, 2, 30]));
retail.iadd(wholesale.mul(1.6));
console.log("markup per line:", retail.sub(wholesale).tolist());
