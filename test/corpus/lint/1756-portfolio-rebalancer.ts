// Portfolio rebalancing service: normalises the book, closes short positions, charges a fee and prints the book after each step.
// runnable
import { array, NDArray } from "ndalias";

class Portfolio {
  constructor(
    readonly name: string,
    public weights: NDArray,
    public cash = 0,
  ) {}

  normalized(): Portfolio {
    const w = this.weights.copy();
    w.idiv(w.sum());
    return new Portfolio(`${this.name}/normalized`, w, this.cash);
  }

  closeShorts(): number {
    const shorts: number[] = [];
    let released = 0;
    for (let i = 0; i < this.weights.size; i++) {
      const w = this.weights.get(i);
      if (w < 0) {
        shorts.push(i);
        released += -w;
      }
    }
    if (shorts.length > 0) this.weights.take(shorts).fill(0); // expect: no-lost-write
    this.cash += released;
    return shorts.length;
  }

  chargeFee(rate: number): void {
    const gross = this.weights.astype("float64");
    gross.imul(1 - rate); // expect: no-lost-write
    this.cash -= rate * this.weights.size;
  }

  scale(k: number): void {
    this.weights.imul(k);
  }

  exposure(): number {
    let total = 0;
    for (let i = 0; i < this.weights.size; i++) total += Math.abs(this.weights.get(i));
    return total;
  }

  toString(): string {
    const ws = (this.weights.tolist() as number[]).map((v) => v.toFixed(3)).join(", ");
    return `${this.name} [${ws}] cash=${this.cash.toFixed(3)}`;
  }
}

class RebalanceService {
  private log: string[] = [];

  run(book: Portfolio, maxExposure: number): Portfolio {
    const normalized = book.normalized();
    this.log.push(`normalized ${normalized}`);
    const closed = normalized.closeShorts();
    this.log.push(`closed ${closed} short(s): ${normalized}`);
    normalized.chargeFee(0.002);
    this.log.push(`after fee: ${normalized}`);
    const exposure = normalized.exposure();
    if (exposure > maxExposure) {
      normalized.scale(maxExposure / exposure);
      this.log.push(`scaled to exposure ${maxExposure}: ${normalized}`);
    }
    return normalized;
  }

  history(): readonly string[] {
    return this.log;
  }
}

const book = new Portfolio("fund-a", array([0.5, -0.2, 0.4, 0.3]));
const service = new RebalanceService();
const result = service.run(book, 1.2);

for (const line of service.history()) console.log(line);
console.log("original book:", book.toString());
console.log("rebalanced:", result.toString(), "exposure", result.exposure().toFixed(3));
