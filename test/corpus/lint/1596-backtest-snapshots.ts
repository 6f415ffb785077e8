// Backtest bookkeeping: immutable daily snapshots linked to their predecessor, an order router and venue that know each other, and a P&L walk back through history.
import { array, zeros, NDArray } from "ndalias";

class Snapshot {
  constructor(
    readonly day: number,
    readonly positions: NDArray,
    readonly cash: number,
    readonly prev: Snapshot | null,
  ) {}

  value(px: NDArray): number {
    return this.cash + this.positions.mul(px).sum();
  }
}

class Venue {
  router: OrderRouter | null = null;
  constructor(readonly name: string, readonly fillRatio: number) {}
}

class OrderRouter {
  readonly log: string[] = [];
  constructor(readonly venue: Venue) {
    venue.router = this;
  }

  route(orders: NDArray): NDArray {
    const filled = orders.mul(this.venue.fillRatio);
    for (let i = 0; i < filled.size; i++) {
      filled.set(i, Math.trunc(filled.get(i)));
    }
    this.log.push(`${this.venue.name}: ${(filled.tolist() as number[]).join(",")}`);
    return filled;
  }
}

class Strategy {
  readonly lookback: NDArray;
  constructor(readonly settings: { lot: number; threshold: number }, nAssets: number) {
    this.lookback = zeros(nAssets);
  }

  observe(px: NDArray): NDArray {
    const orders = zeros(px.size);
    for (let i = 0; i < px.size; i++) {
      const prevPx = this.lookback.get(i);
      if (prevPx > 0 && px.get(i) / prevPx - 1 > this.settings.threshold) {
        orders.set(i, this.settings.lot);
      } else if (prevPx > 0 && px.get(i) / prevPx - 1 < -this.settings.threshold) {
        orders.set(i, -this.settings.lot);
      }
    }
    this.lookback.assign(":", px);
    return orders;
  }
}

function step(prev: Snapshot, fills: NDArray, px: NDArray): Snapshot {
  const positions = prev.positions.add(fills);
  const cash = prev.cash - fills.mul(px).sum();
  return new Snapshot(prev.day + 1, positions, cash, prev);
}

// --- setup ------------------------------------------------------------------------------------
const prices = array([
  [40.0, 120.0, 15.0],
  [40.8, 118.5, 15.4],
  [41.9, 117.0, 15.1],
  [41.1, 119.8, 14.6],
  [42.6, 121.4, 14.9],
  [42.2, 123.9, 15.7],
]);
const venue = new Venue("XNAS", 0.8);
const router = new OrderRouter(venue);
const strategy = new Strategy({ lot: 50, threshold: 0.01 }, 3);

let latest = new Snapshot(0, zeros(3), 25_000, null);
strategy.observe(prices.slice(0));

// --- run ------------------------------------------------------------------------------------------
for (let d = 1; d < prices.shape[0]; d++) {
  const px = prices.slice(d);
  const orders = strategy.observe(px);
  const fills = router.route(orders);
  latest = step(latest, fills, px);
}

// --- walk back through history ---------------------------------------------------------------------
const equity = zeros(prices.shape[0]);
for (let s: Snapshot | null = latest; s !== null; s = s.prev) {
  equity.set(s.day, s.value(prices.slice(s.day)));
}
console.log("equity:", (equity.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));

const pnl = equity.slice("1:").sub(equity.slice(":-1"));
console.log("daily P&L:", (pnl.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));
console.log("best day:", pnl.max().toFixed(2), "worst day:", pnl.min().toFixed(2));
console.log("final positions:", latest.positions.tolist(), "cash:", latest.cash.toFixed(2));
console.log("router log:", router.log.length, "entries via", venue.router === router ? venue.name : "?");
for (const line of router.log) console.log("  ", line);
