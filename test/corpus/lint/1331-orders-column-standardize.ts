// Loads an orders table as columns keyed by name, profiles each column, converts prices to EUR and standardises columns for a model feed.
import { array, NDArray } from "ndalias";

type Table = Record<string, NDArray>;

interface ColumnProfile {
  mean: number;
  std: number;
  min: number;
  max: number;
}

interface FeedConfig {
  fxRate: number;
  minStd: number;
  columns: string[];
}

const FEED_DEFAULTS: FeedConfig = { fxRate: 1, minStd: 1e-9, columns: ["price", "qty"] };

function loadOrders(): Table {
  return {
    price: array([19.99, 5.49, 102.0, 42.5, 7.25, 64.9]),
    qty: array([2, 10, 1, 3, 12, 1]),
    discount: array([0, 0.1, 0.05, 0, 0.2, 0]),
  };
}

function profile(col: NDArray): ColumnProfile {
  const centered = col.sub(col.mean());
  const std = Math.sqrt(centered.mul(centered).mean());
  return { mean: col.mean(), std, min: col.min(), max: col.max() };
}

function profileTable(table: Table): Map<string, ColumnProfile> {
  const profiles = new Map<string, ColumnProfile>();
  for (const [name, col] of Object.entries(table)) {
    profiles.set(name, profile(col));
  }
  return profiles;
}

function standardizeColumn(col: NDArray, p: ColumnProfile, minStd: number): NDArray {
  col.isub(p.mean); // expect: no-alias-mutation
  return col.div(Math.max(p.std, minStd));
}

function revenue(price: NDArray, qty: NDArray, discount: NDArray): NDArray {
  const gross = price.mul(qty);
  const kept = discount.mul(-1);
  kept.iadd(1);
  return gross.mul(kept);
}

function describe(name: string, p: ColumnProfile): string {
  return `${name.padEnd(9)} mean=${p.mean.toFixed(3)} std=${p.std.toFixed(3)} range=[${p.min}, ${p.max}]`;
}

export function buildFeed(overrides: Partial<FeedConfig>): Map<string, NDArray> {
  const cfg: FeedConfig = { ...FEED_DEFAULTS, ...overrides };
  const orders = loadOrders();
  const profiles = profileTable(orders);
  for (const [name, p] of profiles) {
    console.log(describe(name, p));
  }

  const feed = new Map<string, NDArray>();
  for (const name of cfg.columns) {
    const col = orders[name];
    const p = profiles.get(name);
    if (col === undefined || p === undefined) {
      continue;
    }
    feed.set(name, standardizeColumn(col, p, cfg.minStd));
  }
  return feed;
}

export function eurRevenueReport(fxRate: number): number {
  const orders = loadOrders();
  const { price, qty } = orders;

  // Revenue in the source currency, computed on fresh arrays.
  const usd = revenue(price, qty, orders.discount);
  console.log("revenue (USD):", usd.tolist());

  // Convert the price column to EUR for the European ledger.
  price.imul(fxRate); // expect: no-alias-mutation
  const eur = revenue(price, qty, orders.discount);
  console.log("revenue (EUR):", eur.tolist());

  // Audit trail of the loaded table, column by column.
  console.log("audit prices:", orders.price.tolist());
  console.log("audit quantities:", orders.qty.tolist());
  return eur.sum();
}

export function maxDiscountShare(): number {
  const orders = loadOrders();
  const share = orders.discount.copy();
  share.imul(100);
  return share.max();
}

const feed = buildFeed({ columns: ["price", "qty", "discount"] });
for (const [name, values] of feed) {
  console.log(name, values.tolist());
}
console.log("EUR total:", eurRevenueReport(0.92).toFixed(2));
console.log("max discount %:", maxDiscountShare());
