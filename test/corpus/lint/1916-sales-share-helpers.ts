// Sales helpers for a retail chain: regional market shares, a euro report of quarterly sales and a what-if stock allocation.
import { array, zeros, NDArray } from "ndalias";

interface RegionalSales {
  north: NDArray;
  south: NDArray;
  online: NDArray;
}

const QUARTER_MONTHS = ["Jul", "Aug", "Sep"];

function shareOf(sales: NDArray): NDArray {
  const total = sales.sum();
  const shares = sales;
  shares.idiv(total); // expect: no-alias-mutation
  return shares;
}

function cumulative(values: NDArray): NDArray {
  const out = values.copy();
  for (let i = 1; i < out.size; i++) {
    out.set(i, out.get(i - 1) + out.get(i));
  }
  return out;
}

function growth(values: NDArray): NDArray {
  const out = zeros(values.size - 1);
  for (let i = 1; i < values.size; i++) {
    out.set(i - 1, values.get(i) / values.get(i - 1) - 1);
  }
  return out;
}

function formatMoney(values: NDArray, symbol: string): string {
  const parts = values.tolist() as number[];
  return parts.map((v, i) => `${QUARTER_MONTHS[i]} ${symbol}${v.toFixed(0)}`).join(", ");
}

function channelTotals(q: RegionalSales): NDArray {
  return array([q.north.sum(), q.south.sum(), q.online.sum()]);
}

class FxTable {
  static readonly rates: Record<string, number> = { EUR: 1.17, USD: 1.27 };
  static rate(code: string): number {
    return FxTable.rates[code] ?? 1;
  }
}

const q3: RegionalSales = {
  north: array([182000, 175500, 190250]),
  south: array([221000, 208400, 230900]),
  online: array([96000, 101200, 118700]),
};

const channelShares = shareOf(channelTotals(q3));
console.log("channel shares:", channelShares.tolist());
console.log("online running total:", cumulative(q3.online).tolist());
console.log("online growth:", growth(q3.online).tolist());

// euro report for the continental buyers
const eur = FxTable.rate("EUR");
const { north, south } = q3;
north.imul(eur); // expect: no-alias-mutation
console.log("north (EUR):", formatMoney(north, "€"));
console.log("south (EUR):", formatMoney(south.mul(eur), "€"));
console.log("quarter total (GBP):", q3.north.sum() + q3.south.sum() + q3.online.sum());

// what-if: could the order be served from one channel's stock?
const storeStock = array([40, 18, 25, 60]);
const onlineStock = array([12, 30, 8, 45]);
const order = array([10, 6, 9, 20]);

const preferOnline = onlineStock.sum() > storeStock.sum();
const simulated = preferOnline ? onlineStock : storeStock;
simulated.isub(order); // expect: no-alias-mutation
if (simulated.min() < 0) {
  console.log("order cannot be served from a single channel");
} else {
  console.log("single-channel stock after the order:", simulated.tolist());
}

const combined = storeStock.add(onlineStock);
console.log("store stock:", storeStock.tolist(), "online stock:", onlineStock.tolist());
console.log("combined stock:", combined.tolist());
