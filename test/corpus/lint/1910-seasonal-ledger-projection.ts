// Inventory ledgers for a clothing chain: a base ledger books deliveries and sales, a seasonal ledger projects demand and writes off damage.
import { array, zeros, NDArray } from "ndalias";

type Sku = string;

class Ledger {
  static opened = 0;
  protected stock: NDArray;
  protected readonly unitCost: NDArray;

  constructor(readonly skus: Sku[], unitCost: number[]) {
    this.stock = zeros(skus.length);
    this.unitCost = array(unitCost);
    Ledger.opened += 1;
  }

  get valuation(): number {
    return this.stock.mul(this.unitCost).sum();
  }

  get units(): number {
    return this.stock.sum();
  }

  /** Books a delivery note and stamps it as booked by clearing its quantities. */
  receive(note: NDArray): void {
    this.stock.iadd(note);
    note.fill(0);
  }

  sell(units: NDArray): number {
    this.stock.isub(units);
    return units.mul(this.unitCost).sum();
  }

  projected(demand: NDArray): NDArray {
    return this.stock.sub(demand);
  }

  shortfall(demand: NDArray): Sku[] {
    const gap = this.projected(demand);
    const out: Sku[] = [];
    for (let i = 0; i < gap.size; i++) {
      if (gap.get(i) < 0) out.push(this.skus[i]);
    }
    return out;
  }

  writeOffDamaged(damaged: NDArray): void {
    this.stock.isub(damaged);
  }
}

class SeasonalLedger extends Ledger {
  private readonly uplift: NDArray;

  constructor(skus: Sku[], unitCost: number[], uplift: number[]) {
    super(skus, unitCost);
    this.uplift = array(uplift);
  }

  override projected(demand: NDArray): NDArray {
    demand.imul(this.uplift); // expect: no-alias-mutation
    return this.stock.sub(demand);
  }

  override writeOffDamaged(damaged: NDArray): void {
    const remaining = this.stock.copy();
    remaining.isub(damaged); // expect: no-lost-write
    for (let i = 0; i < damaged.size; i++) {
      if (this.stock.get(i) < damaged.get(i)) {
        console.warn(`write-off for ${this.skus[i]} exceeds the stock on hand`);
      }
    }
  }
}

class ConsignmentLedger extends Ledger {
  constructor(skus: Sku[], unitCost: number[], readonly commission: number) {
    super(skus, unitCost);
  }

  override sell(units: NDArray): number {
    const gross = super.sell(units);
    return gross * (1 - this.commission);
  }
}

const skus: Sku[] = ["tee", "hoodie", "beanie", "scarf"];
const winter = new SeasonalLedger(skus, [6.5, 18, 4.25, 7.8], [0.8, 1.6, 1.9, 1.7]);
const consignment = new ConsignmentLedger(skus, [9, 24, 6, 11], 0.35);

const firstDrop = array([120, 60, 45, 40]);
const booked = firstDrop.sum();
winter.receive(firstDrop);
console.log(`booked ${booked} units, delivery note now reads ${firstDrop.sum()}`);

consignment.receive(array([20, 10, 10, 10]));

const forecast = array([30, 25, 40, 35]);
const short = winter.shortfall(forecast);
console.log("short on:", short.join(", ") || "nothing");
console.log("forecast units:", forecast.sum());

const revenue = winter.sell(array([12, 9, 14, 11]));
const consignmentNet = consignment.sell(array([3, 1, 2, 0]));
winter.writeOffDamaged(array([2, 0, 1, 0]));

console.log(`winter revenue ${revenue.toFixed(2)}, consignment net ${consignmentNet.toFixed(2)}`);
console.log(`winter stock ${winter.units} units worth ${winter.valuation.toFixed(2)}`);
console.log(`consignment stock ${consignment.units} units worth ${consignment.valuation.toFixed(2)}`);
console.log(`${Ledger.opened} ledgers opened`);
