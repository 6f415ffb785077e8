// Market-depth service for a limit order book: keeps bid/ask price levels, merges venue depth snapshots and reports spreads and profiles.
import { array, zeros, NDArray } from "ndalias";

type Side = "bid" | "ask";

const SPREAD_HISTORY = zeros(32);
let spreadCursor = 0;

function recordSpread(spread: number): void {
  SPREAD_HISTORY.set(spreadCursor % SPREAD_HISTORY.size, spread);
  spreadCursor++;
}

export function scaleSizesInPlace(depth: NDArray, factor: number): void {
  depth.slice(":", 1).imul(factor);
}

export function roundPricesInPlace(depth: NDArray, tick: number): void {
  const prices = depth.slice(":", 0);
  for (let i = 0; i < prices.shape[0]; i++) {
    prices.set(i, Math.round(prices.get(i) / tick) * tick);
  }
}

export class OrderBook {
  private bids: NDArray;
  private asks: NDArray;
  private readonly venues = new Map<string, NDArray>();
  private readonly lastUpdate = new Map<Side, number>();
  private updates = 0;

  constructor(private readonly levels: number, private readonly tick: number) {
    this.bids = zeros([levels, 2]);
    this.asks = zeros([levels, 2]);
  }

  static normalize(sizes: NDArray): NDArray {
    const total = sizes.sum();
    return total === 0 ? sizes.copy() : sizes.div(total);
  }

  static imbalance(bidSizes: NDArray, askSizes: NDArray): number {
    const b = bidSizes.sum();
    const a = askSizes.sum();
    return b + a === 0 ? 0 : (b - a) / (b + a);
  }

  init(midPrice: number): void {
    this.bids.fill(0);
    this.asks.fill(0);
    for (let i = 0; i < this.levels; i++) {
      this.bids.set([i, 0], midPrice - (i + 1) * this.tick);
      this.asks.set([i, 0], midPrice + (i + 1) * this.tick);
    }
    this.updates = 0;
  }

  private sizesOf(side: Side): NDArray {
    return side === "bid" ? this.bids.slice(":", 1) : this.asks.slice(":", 1);
  }

  get bestBid(): number {
    return this.bids.get(0, 0);
  }

  get bestAsk(): number {
    return this.asks.get(0, 0);
  }

  get spread(): number {
    return this.bestAsk - this.bestBid;
  }

  applyUpdate(side: Side, level: number, size: number): void {
    if (side === "bid") {
      this.bids.set([level, 1], size);
    } else {
      this.asks.set([level, 1], size);
    }
    this.lastUpdate.set(side, ++this.updates);
    recordSpread(this.spread);
  }

  clearLevel(side: Side, level: number): void {
    if (side === "bid") {
      this.bids.slice(level).assign("1", 0);
    } else {
      this.asks.slice(level).assign("1", 0);
    }
  }

  shiftBids(): void {
    const remaining = this.bids.slice("1:").copy();
    this.bids.assign(":-1", remaining);
    this.bids.slice(-1).fill(0);
  }

  depthProfile(side: Side): NDArray {
    const profile = this.sizesOf(side).copy();
    profile.idiv(Math.max(profile.sum(), 1));
    return profile;
  }

  cumulativeDepth(side: Side): NDArray {
    const sizes = this.sizesOf(side);
    const out = zeros(sizes.size);
    let running = 0;
    for (let i = 0; i < sizes.size; i++) {
      running += sizes.get(i);
      out.set(i, running);
    }
    return out;
  }

  currentImbalance(): number {
    return OrderBook.imbalance(this.sizesOf("bid"), this.sizesOf("ask"));
  }

  thinOutTop(fraction: number): void {
    const top = this.asks.slice("0:3", 1);
    const topTotal = top.sum();
    if (topTotal > 0) {
      this.asks.slice(":", 1).imul(1 - fraction);
    }
  }

  mergeVenue(name: string, depth: NDArray): void {
    this.venues.set(name, depth.copy());
  }

  aggregateVenues(): NDArray {
    let total = zeros([this.levels, 2]);
    for (const depth of this.venues.values()) {
      total = total.add(depth);
    }
    return total;
  }

  topOfBook(levels: number): NDArray {
    this.shiftEmptyLevels();
    const top = this.bids.slice(`0:${levels}`);
    return top.copy();
  }

  private shiftEmptyLevels(): void {
    while (this.bids.get(0, 1) === 0 && this.bids.slice(":", 1).sum() > 0) {
      this.shiftBids();
    }
  }

  weightedMid(): number {
    const bidSize = this.bids.get(0, 1);
    const askSize = this.asks.get(0, 1);
    if (bidSize + askSize === 0) {
      return (this.bestBid + this.bestAsk) / 2;
    }
    return (this.bestBid * askSize + this.bestAsk * bidSize) / (bidSize + askSize);
  }

  reset(): void {
    this.bids.slice(":", 1).fill(0);
    this.asks.slice(":", 1).fill(0);
    this.venues.clear();
    this.lastUpdate.clear();
  }

  dispose(): void {
    for (const depth of this.venues.values()) {
      depth.dispose();
    }
    this.venues.clear();
    this.bids.dispose();
    this.asks.dispose();
  }
}

const book = new OrderBook(4, 0.5);
book.init(100);
book.applyUpdate("bid", 0, 12);
book.applyUpdate("bid", 1, 30);
book.applyUpdate("ask", 0, 8);
book.applyUpdate("ask", 2, 25);

const venueDepth = array([
  [99.4, 10],
  [98.9, 5],
  [98.6, 7],
  [97.8, 2],
]);
book.mergeVenue("lit-east", venueDepth);
scaleSizesInPlace(venueDepth, 0.5);
roundPricesInPlace(venueDepth, 0.5);
book.mergeVenue("lit-west", venueDepth);
console.log("west depth:", venueDepth.tolist());

console.log("ask profile:", book.depthProfile("ask").tolist());
console.log("cumulative bids:", book.cumulativeDepth("bid").tolist());
console.log("imbalance:", book.currentImbalance(), "weighted mid:", book.weightedMid());
book.thinOutTop(0.25);
book.clearLevel("bid", 0);
console.log("top of book:", book.topOfBook(2).tolist());
console.log("aggregate:", book.aggregateVenues().tolist());
console.log("spread history:", SPREAD_HISTORY.slice(`0:${spreadCursor}`).tolist());
book.reset();
book.dispose();
