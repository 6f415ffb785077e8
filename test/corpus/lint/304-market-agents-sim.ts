// Agent-based market simulation: agents trade toward a clearing price found by bisection, with inventory limits checked each round.
import { array, zeros, full, NDArray } from "ndalias";

enum Regime {
  Calm,
  Stressed,
}

interface RoundResult {
  price: number;
  volume: number;
  halted: boolean;
}

class Market {
  inventory: NDArray;
  cash: NDArray;
  valuations: NDArray;
  history: NDArray;
  round = 0;

  constructor(valuations: number[], startCash: number, maxRounds: number) {
    this.valuations = array(valuations);
    this.inventory = zeros(valuations.length);
    this.cash = full(valuations.length, startCash);
    this.history = zeros(maxRounds);
  }

  excessDemand(price: number): number {
    let demand = 0;
    for (let i = 0; i < this.valuations.size; i++) {
      demand += this.valuations.get(i) > price ? 1 : -1;
    }
    return demand;
  }

  clearingPrice(lo: number, hi: number): number {
    let mid = (lo + hi) / 2;
    let iter = 0;
    while (iter < 60) {
      mid = (lo + hi) / 2;
      const ex = this.excessDemand(mid);
      if (ex === 0 || hi - lo < 1e-6) break;
      if (ex > 0) lo = mid;
      else hi = mid;
      iter++;
    }
    return mid;
  }

  step(regime: Regime, limit: number): RoundResult {
    const price = this.clearingPrice(this.valuations.min(), this.valuations.max());
    let volume = 0;
    let halted = false;
    agents: for (let i = 0; i < this.inventory.size; i++) {
      const side = this.valuations.get(i) > price ? 1 : -1;
      const qty = regime === Regime.Stressed ? 0.5 : 1;
      for (let attempt = 0; attempt < 2; attempt++) {
        if (Math.abs(this.inventory.get(i) + side * qty) > limit) {
          if (regime === Regime.Stressed) {
            halted = true;
            break agents;
          }
          continue agents;
        }
      }
      this.inventory.set(i, this.inventory.get(i) + side * qty);
      this.cash.set(i, this.cash.get(i) - side * qty * price);
      volume += qty;
    }
    this.history.set(this.round, price);
    this.round++;
    return { price, volume, halted };
  }
}

const market = new Market([101, 99, 103, 97, 100.5, 98.5], 1000, 10);
const results: RoundResult[] = [];
const regimes = [Regime.Calm, Regime.Calm, Regime.Stressed, Regime.Calm];
regimes.forEach((r) => {
  results.push(market.step(r, 2));
});

const pnl = zeros(market.cash.size);
const markToMarket = zeros(market.cash.size);
results.forEach((res) => {
  markToMarket.fill(res.price);
});
pnl.iadd(market.cash.sub(1000));
pnl.iadd(market.inventory.mul(markToMarket));

console.log("prices:", market.history.slice(`:${market.round}`).tolist());
console.log("volumes:", results.map((r) => r.volume), "halted:", results.some((r) => r.halted));
console.log("pnl per agent:", pnl.tolist(), "net inventory:", market.inventory.sum());
