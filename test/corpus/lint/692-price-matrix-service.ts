// E-commerce pricing service: regional price matrix, markdown previews, bundle tables and an inflation-adjusted dashboard.
// runnable
import { array, empty, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface RegionInfo {
  code: string;
  currency: string;
  vat: number;
}

interface Kit {
  name: string;
  skus: number[];
}

class Stack<T> {
  private readonly items: T[] = [];
  push(item: T): void {
    this.items.push(item);
  }
  pop(): Option<T> {
    return this.items.pop();
  }
  peek(): Option<T> {
    return this.items.at(-1);
  }
  get depth(): number {
    return this.items.length;
  }
}

function regionRowIndex(regions: RegionInfo[], code: string): Result<number> {
  const i = regions.findIndex((r) => r.code === code);
  return i < 0 ? { ok: false, error: `no region ${code}` } : { ok: true, value: i };
}

function weightedRevenue(prices: NDArray, volumes: NDArray): number {
  return prices.mul(volumes).sum();
}

function applyMarkdown(list: NDArray, pct: number, volumes: NDArray): number {
  list.imul(1 - pct); // expect: no-alias-mutation
  return weightedRevenue(list, volumes);
}

class PriceBook {
  readonly prices: NDArray;
  readonly listPrices: NDArray;
  private readonly history = new Stack<number>();

  constructor(readonly regions: RegionInfo[], matrix: number[][], list: number[]) {
    this.prices = array(matrix);
    this.listPrices = array(list);
  }

  get productCount(): number {
    return this.listPrices.size;
  }

  priceOf(region: string, sku: number): Option<number> {
    const row = regionRowIndex(this.regions, region);
    return row.ok ? this.prices.get(row.value, sku) : undefined;
  }

  grossPrice(region: string, sku: number): Option<number> {
    const info = this.regions.find((r) => r.code === region);
    const net = this.priceOf(region, sku);
    return info && net !== undefined ? net * (1 + info.vat) : undefined;
  }

  previewMarkdown(pct: number, volumes: NDArray): number {
    const before = weightedRevenue(this.listPrices, volumes);
    const after = applyMarkdown(this.listPrices, pct, volumes);
    this.history.push(before - after);
    return after;
  }

  lastMarkdownImpact(): Option<number> {
    return this.history.peek();
  }

  regionalSpread(): NDArray {
    const spread = this.prices.max() - this.prices.min();
    const relative = this.prices.sub(this.prices.min());
    relative.idiv(spread === 0 ? 1 : spread);
    return relative;
  }

  adjustForInflation(rate: number): void {
    this.prices.imul(1 + rate);
  }
}

function buildBundleTable(book: PriceBook, kits: Kit[]): NDArray {
  const table = empty(kits.length + 1, "object");
  kits.forEach((kit, i) => table.set(i, book.listPrices.take(kit.skus)));
  table.set(kits.length, table); // expect: no-reference-cycle
  return table;
}

function kitTotals(table: NDArray, kits: Kit[]): number[] {
  return kits.map((_, i) => (table.get(i) as NDArray).sum());
}

function cheapestRegion(book: PriceBook, sku: number): Option<RegionInfo> {
  let best: Option<RegionInfo>;
  let bestPrice = Infinity;
  for (const region of book.regions) {
    const p = book.grossPrice(region.code, sku);
    if (p !== undefined && p < bestPrice) {
      bestPrice = p;
      best = region;
    }
  }
  return best;
}

const regions: RegionInfo[] = [
  { code: "US", currency: "USD", vat: 0.0 },
  { code: "EU", currency: "EUR", vat: 0.2 },
  { code: "UK", currency: "GBP", vat: 0.2 },
];

const book = new PriceBook(
  regions,
  [
    [19.0, 45.0, 7.5, 120.0],
    [18.0, 43.0, 7.0, 115.0],
    [17.5, 44.0, 7.2, 118.0],
  ],
  [20.0, 45.0, 8.0, 125.0],
);

const volumes = array([310, 95, 640, 22]);
const kits: Kit[] = [
  { name: "starter", skus: [0, 2] },
  { name: "pro", skus: [1, 3] },
];

console.log("EU gross price of sku 1:", book.grossPrice("EU", 1));
console.log("cheapest region for sku 3:", cheapestRegion(book, 3)?.code);
console.log("spread:", book.regionalSpread().tolist());

const previewed = book.previewMarkdown(0.1, volumes);
console.log("revenue with 10% markdown:", previewed.toFixed(2), "impact:", book.lastMarkdownImpact()?.toFixed(2));
console.log("list prices now:", book.listPrices.tolist());

const bundles = buildBundleTable(book, kits);
console.log("kit totals:", kitTotals(bundles, kits));

const usDashboard = book.prices.slice(0);
console.log("US dashboard before:", usDashboard.tolist());
book.prices.imul(1.03); // expect: no-view-mutation
console.log("US dashboard total (meant pre-inflation):", usDashboard.sum().toFixed(2));

book.adjustForInflation(0.01);
console.log("EU sku 0 after second adjustment:", book.priceOf("EU", 0)?.toFixed(3));
bundles.dispose();
console.log("pricing run finished");
