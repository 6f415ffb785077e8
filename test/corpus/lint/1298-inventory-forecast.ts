// Inventory forecast script: module-level stock and demand tables, per-store forecasts built in separate buffers, and a restock report.
import { array, zeros, full, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const STORES = ["north", "south", "east"];
const STOCK = array([
  [40, 12, 7],
  [25, 30, 9],
  [18, 6, 22],
]);
const DEMAND = zeros([3, 3]);
const SAFETY = full(3, 5);
const POLICY = { horizonDays: 7, safetyUnits: 5, roundTo: 1 };
const PEAK_POLICY = { ...POLICY, horizonDays: 3 };

function recordDemand(store: number, units: number[]): number {
  DEMAND.assign(store, array(units));
  return DEMAND.slice(store).sum();
}

function forecast(policy: typeof POLICY): NDArray {
  const daily = DEMAND.div(policy.horizonDays);
  const projected = daily.mul(policy.horizonDays);
  projected.iadd(SAFETY);
  return projected;
}

function shortfall(projected: NDArray): NDArray {
  const gap = projected.sub(STOCK);
  for (let i = 0; i < gap.size; i++) {
    if ((gap.data[i] as number) < 0) gap.data[i] = 0;
  }
  return gap;
}

function restock(gap: NDArray): number {
  STOCK.iadd(gap);
  return STOCK.sum();
}

function topItem(store: number): number {
  const row = STOCK.slice(store);
  let best = 0;
  for (let j = 1; j < row.size; j++) if (row.get(j) > row.get(best)) best = j;
  return best;
}

function coverageDays(policy: typeof POLICY): number[] {
  const perDay = DEMAND.div(policy.horizonDays);
  const out: number[] = [];
  for (let s = 0; s < STORES.length; s++) {
    const need = perDay.slice(s).sum();
    out.push(need > 0 ? STOCK.slice(s).sum() / need : Infinity);
  }
  return out;
}

async function fetchSales(store: string): Promise<number[]> {
  await delay(1);
  const table: Record<string, number[]> = { north: [30, 15, 2], south: [10, 35, 4], east: [20, 3, 25] };
  return table[store];
}

for (let s = 0; s < STORES.length; s++) {
  const sold = recordDemand(s, await fetchSales(STORES[s]));
  console.log(`${STORES[s]}: ${sold} units sold, top item ${topItem(s)}`);
}

console.log("coverage (days):", coverageDays(POLICY).map((d) => d.toFixed(1)));
const openingStock = STOCK.copy();
const weekly = forecast(POLICY);
const peak = forecast(PEAK_POLICY);
peak.imul(1.5);

const gap = shortfall(weekly);
console.log("weekly shortfall:", gap.tolist(), "peak projection:", peak.tolist());
console.log("stock after restock:", restock(gap));

const northRow = STOCK.slice(0);
const byItem = STOCK.T;
console.log("north after restock:", northRow.tolist(), "per item:", byItem.sum());

const delta = STOCK.sub(openingStock);
delta.imul(POLICY.roundTo);
console.log("units added:", delta.tolist(), "opening:", openingStock.tolist());
SAFETY.fill(POLICY.safetyUnits * 2);
console.log("new safety stock:", SAFETY.tolist(), "north top item:", topItem(0));
