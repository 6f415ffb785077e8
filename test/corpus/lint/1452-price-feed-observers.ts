// Publishes quote vectors to price-feed subscribers, marks the working quotes up before the opening publish and prints what each subscriber saw.
// runnable
import { array, NDArray } from "ndalias";

type QuoteListener = (quotes: NDArray, tick: number) => void;

class PriceFeed {
  private listeners: QuoteListener[] = [];
  private tick = 0;
  lastTotal = 0;

  constructor(readonly symbolCount: number) {}

  subscribe(listener: QuoteListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  publish(quotes: NDArray): void {
    if (quotes.size !== this.symbolCount) {
      throw new Error(`expected ${this.symbolCount} quotes, got ${quotes.size}`);
    }
    this.tick++;
    this.lastTotal = quotes.sum();
    for (const listener of this.listeners) {
      listener(quotes, this.tick);
    }
  }
}

const SYMBOLS = ["ACME", "GLOBX", "INITECH", "UMBR"];

function formatQuotes(quotes: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < quotes.size; i++) {
    parts.push(`${SYMBOLS[i]} ${quotes.get(i).toFixed(2)}`);
  }
  return parts.join(" | ");
}

const feed = new PriceFeed(SYMBOLS.length);
const reference = array([100.0, 250.5, 75.25, 310.0]);
const spreads = array([0.5, 0.25, 0.75, 1.0]);
const topSpreads = spreads.slice(":2");
const openingSnapshot = reference.copy();
const totals: number[] = [];

feed.subscribe((quotes, tick) => {
  const drift = quotes.sub(reference);
  console.log(`tick ${tick}: largest drift vs reference ${drift.max().toFixed(2)}`);
});

feed.subscribe((quotes) => {
  totals.push(quotes.sum());
});

const stopSpreadWatch = feed.subscribe((_quotes, tick) => {
  console.log(`tick ${tick}: spreads on ${SYMBOLS[0]} and ${SYMBOLS[1]}`, topSpreads.tolist());
});

// Opening auction: mark the working quotes up by 1% and tighten the spreads.
const working = reference;
working.imul(1.01); // expect: no-alias-mutation
spreads.imul(0.5); // expect: no-view-mutation
feed.publish(working);
stopSpreadWatch();

// Retail feed: a rounding listener adjusts each published vector in place for display.
const retailFeed = new PriceFeed(SYMBOLS.length);
const roundToQuarter: QuoteListener = (quotes) => {
  for (let i = 0; i < quotes.size; i++) {
    quotes.set(i, Math.round(quotes.get(i) * 4) / 4);
  }
};
retailFeed.subscribe(roundToQuarter);
retailFeed.subscribe((quotes, tick) => {
  console.log(`retail tick ${tick}: ${formatQuotes(quotes)}`);
});
retailFeed.publish(array([100.13, 250.61, 75.38, 309.9]));
retailFeed.publish(array([100.42, 250.07, 75.91, 311.2]));

console.log("opening snapshot:", openingSnapshot.tolist());
console.log("totals published:", totals.map((t) => t.toFixed(2)).join(", "));
console.log("feed total:", feed.lastTotal.toFixed(2), "retail total:", retailFeed.lastTotal.toFixed(2));
