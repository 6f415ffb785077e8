// Warehouse stock by aisle and SKU: stocks aisles from deliveries, answers what-if order queries and reports median and lowest bin levels.
import { array, zeros, NDArray } from "ndalias";

class Warehouse {
  static sites = 0;
  static readonly safetyStock = 4;
  private readonly levels: NDArray;

  constructor(readonly site: string, readonly aisles: number, readonly skus: number) {
    this.levels = zeros([aisles, skus]);
    Warehouse.sites += 1;
  }

  stockAisle(aisle: number, delivery: NDArray): void {
    this.levels.slice(aisle).iadd(delivery);
  }

  clearAisle(aisle: number): void {
    this.levels.slice(aisle).fill(0);
  }

  ship(aisle: number, sku: number, qty: number): number {
    const left = this.levels.get(aisle, sku) - qty;
    this.levels.set([aisle, sku], left);
    return left;
  }

  availableAfter(aisle: number, order: NDArray): number {
    const bin = this.levels.slice(aisle);
    bin.isub(order); // expect: no-view-mutation
    return bin.min();
  }

  canFulfil(aisle: number, order: NDArray): boolean {
    const bin = this.levels.slice(aisle).copy();
    bin.isub(order);
    return bin.min() >= Warehouse.safetyStock;
  }

  medianLevel(): number {
    const flat = this.levels.ravel();
    flat.sort(); // expect: no-view-mutation
    return flat.get(Math.floor(flat.size / 2));
  }

  lowestLevel(): number {
    const flat = this.levels.flatten();
    flat.sort();
    return flat.get(0);
  }

  aisleTotals(): NDArray {
    const totals = zeros(this.aisles);
    for (let a = 0; a < this.aisles; a++) {
      totals.set(a, this.levels.slice(a).sum());
    }
    return totals;
  }

  snapshot(): NDArray {
    return this.levels.copy();
  }
}

function restockPlan(levels: NDArray, target: number): NDArray {
  const gap = levels.mul(-1);
  gap.iadd(target);
  for (let i = 0; i < gap.size; i++) {
    if (gap.get(i) < 0) {
      gap.set(i, 0);
    }
  }
  return gap;
}

const depot = new Warehouse("Leicester", 3, 4);
depot.stockAisle(0, array([40, 12, 8, 30]));
depot.stockAisle(1, array([5, 25, 60, 18]));
depot.stockAisle(2, array([22, 9, 14, 3]));

const before = depot.snapshot();
console.log("opening levels:", before.tolist());

const bigOrder = array([10, 4, 2, 12]);
if (depot.canFulfil(0, bigOrder)) {
  console.log("aisle 0 can take the big order");
}
console.log(`aisle 0 would keep at least ${depot.availableAfter(0, bigOrder)} per SKU`);

const left = depot.ship(1, 2, 15);
console.log(`aisle 1 SKU 2 left after shipping: ${left}`);

console.log(`median bin: ${depot.medianLevel()}, lowest bin: ${depot.lowestLevel()}`);

const totals = depot.aisleTotals();
console.log("aisle totals:", totals.tolist());
console.log("restock plan for aisle totals:", restockPlan(totals, 100).tolist());

depot.clearAisle(2);
console.log("after clearing aisle 2:", depot.snapshot().tolist());
console.log(`${Warehouse.sites} warehouse site(s) open`);
