// Warehouse inventory kept as immutable state updated by a reducer; replays one day of actions and compares opening and closing stock.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Inventory {
  readonly stock: NDArray;
  readonly reserved: NDArray;
  readonly prices: NDArray;
  readonly day: number;
}

type Action =
  | { kind: "receive"; qty: NDArray }
  | { kind: "reserve"; sku: number; units: number }
  | { kind: "ship"; sku: number; units: number }
  | { kind: "reprice"; factor: number }
  | { kind: "close-day" };

function cloneInventory(inv: Inventory): Inventory {
  return {
    stock: inv.stock.copy(),
    reserved: inv.reserved.copy(),
    prices: inv.prices.copy(),
    day: inv.day,
  };
}

function reduce(inv: Inventory, action: Action): Inventory {
  switch (action.kind) {
    case "receive": {
      const stock = inv.stock;
      stock.iadd(action.qty); // expect: no-alias-mutation
      return { ...inv, stock };
    }
    case "reserve": {
      const reserved = inv.reserved.copy();
      const free = inv.stock.get(action.sku) - reserved.get(action.sku);
      reserved.set(action.sku, reserved.get(action.sku) + Math.max(0, Math.min(free, action.units)));
      return { ...inv, reserved };
    }
    case "ship": {
      const next = cloneInventory(inv);
      const units = Math.min(action.units, next.reserved.get(action.sku));
      next.reserved.set(action.sku, next.reserved.get(action.sku) - units);
      next.stock.set(action.sku, next.stock.get(action.sku) - units);
      return next;
    }
    case "reprice":
      return { ...inv, prices: inv.prices.mul(action.factor) };
    case "close-day":
      return { ...inv, day: inv.day + 1 };
  }
}

function valuation(inv: Inventory): number {
  return inv.stock.mul(inv.prices).sum();
}

function available(inv: Inventory): NDArray {
  return inv.stock.sub(inv.reserved);
}

function lowStock(inv: Inventory, threshold: number): number[] {
  const free = available(inv);
  const low: number[] = [];
  for (let sku = 0; sku < free.size; sku++) {
    if (free.get(sku) < threshold) low.push(sku);
  }
  return low;
}

function describe(label: string, inv: Inventory): void {
  console.log(
    `${label} (day ${inv.day}):`,
    "stock",
    inv.stock.tolist(),
    "reserved",
    inv.reserved.tolist(),
    "value",
    valuation(inv).toFixed(2),
  );
}

const opening: Inventory = {
  stock: array([40, 12, 0, 7]),
  reserved: zeros(4),
  prices: array([2.5, 14.0, 9.75, 120.0]),
  day: 1,
};

const actions: Action[] = [
  { kind: "reserve", sku: 0, units: 10 },
  { kind: "receive", qty: array([0, 6, 25, 0]) },
  { kind: "ship", sku: 0, units: 8 },
  { kind: "reprice", factor: 1.04 },
  { kind: "reserve", sku: 2, units: 30 },
  { kind: "close-day" },
];

let current = opening;
const timeline: Inventory[] = [opening];
for (const action of actions) {
  current = reduce(current, action);
  timeline.push(current);
}

describe("opening", opening);
describe("closing", current);
console.log("low stock SKUs at close:", lowStock(current, 5));
console.log(
  "value change over the day:",
  (valuation(current) - valuation(opening)).toFixed(2),
  "across",
  timeline.length - 1,
  "actions",
);

const received = current.stock.sub(opening.stock);
console.log("net units received per SKU:", received.tolist());
