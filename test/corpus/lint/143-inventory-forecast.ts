// Inventory forecaster over 28 days of demand: the planner edits the week grid it gets back, restocking writes a fancy-indexed copy, and a returns adjustment works on a throwaway copy.
import { array, arange, NDArray } from "ndalias";

class InventoryForecast {
  private history: NDArray; // daily demand, 28 days
  private stock: NDArray; // per-SKU stock
  private readonly returns: NDArray;

  constructor(history: NDArray, stock: number[], returns: number[]) {
    this.history = history.copy();
    this.stock = array(stock);
    this.returns = array(returns);
  }

  weeks(): NDArray {
    return this.history.reshape(4, 7);
  }

  forecastNextWeek(growth: number): NDArray {
    const recent = this.history.slice("21:28");
    const forecast = recent.mul(growth);
    forecast.iadd(this.history.slice("14:21").sub(recent).mul(-0.1));
    return forecast;
  }

  restockBelow(threshold: number, target: number): number {
    const low: number[] = [];
    for (let i = 0; i < this.stock.size; i++) if (this.stock.get(i) < threshold) low.push(i);
    if (low.length === 0) return 0;
    const reorder = this.stock.take(low);
    reorder.fill(target); // expect: no-lost-write
    return low.length;
  }

  adjustForReturns(): void {
    this.stock.copy().iadd(this.returns); // expect: no-lost-write
  }

  safetyStock(factor: number): NDArray {
    const s = this.stock.flatten();
    s.imul(factor);
    return s;
  }

  totalStock(): number {
    return this.stock.sum();
  }
}

const demand = arange(0, 28).mul(0.5).add(10);
const planner = new InventoryForecast(demand, [4, 30, 12, 2], [1, 0, 2, 0]);

const grid = planner.weeks();
grid.set([3, 6], 0); // expect: no-view-mutation
console.log("week grid:", grid.tolist());

console.log("forecast:", planner.forecastNextWeek(1.05).tolist());
console.log("reordered SKUs:", planner.restockBelow(5, 20));
planner.adjustForReturns();
console.log("stock:", planner.totalStock(), "safety:", planner.safetyStock(1.2).tolist());
