// Maintains a per-warehouse inventory model with static defaults and instance buffers, applies weekly deliveries and prints reorder suggestions.
import { array, full, zeros, NDArray } from "ndalias";

type Sku = "bolts" | "nuts" | "washers" | "rivets";

const SKUS: readonly Sku[] = ["bolts", "nuts", "washers", "rivets"];
const WEEKLY_LOG: NDArray = zeros([0]);
const HISTORY = zeros([4, SKUS.length]);

class Warehouse {
  static readonly SAFETY_STOCK = full(SKUS.length, 50);
  static readonly registry = new Map<string, Warehouse>();
  static week = 0;

  readonly stock: NDArray;
  readonly demand: NDArray;

  constructor(readonly name: string, stock: number[], demand: number[]) {
    this.stock = array(stock);
    this.demand = array(demand);
    Warehouse.registry.set(name, this);
  }

  static tick(): number {
    HISTORY.assign(`${Warehouse.week % 4}, :`, Warehouse.totalStock());
    return ++Warehouse.week;
  }

  static totalStock(): NDArray {
    return [...Warehouse.registry.values()].reduce((acc, w) => acc.add(w.stock), zeros(SKUS.length));
  }

  deliver(shipment: Partial<Record<Sku, number>>): this {
    for (const [sku, qty = 0] of Object.entries(shipment) as [Sku, number | undefined][]) {
      const j = SKUS.indexOf(sku);
      this.stock.set(j, this.stock.get(j) + qty);
    }
    return this;
  }

  consume(weeks = 1): number {
    this.stock.isub(this.demand.mul(weeks));
    return this.stock.min();
  }

  get shortfall(): NDArray {
    const gap = Warehouse.SAFETY_STOCK.sub(this.stock);
    for (let i = 0; i < gap.size; i++) if (gap.get(i) < 0) gap.set(i, 0);
    return gap;
  }

  static scaleSafetyStock(factor: number): void {
    Warehouse.SAFETY_STOCK.imul(factor);
  }
}

const north = new Warehouse("north", [400, 380, 90, 60], [120, 110, 30, 25]);
const south = new Warehouse("south", [150, 220, 300, 45], [80, 60, 20, 30]);

const shipments: Array<[Warehouse, Partial<Record<Sku, number>>]> = [
  [north, { washers: 100, rivets: 40 }],
  [south, { bolts: 200 }],
];
for (const [wh, shipment] of shipments) wh.deliver(shipment);
Warehouse.tick();

const lows = [north, south].map((w) => ({ name: w.name, min: w.consume(2) }));
Warehouse.tick();

Warehouse.scaleSafetyStock(1.2);
Warehouse.SAFETY_STOCK.set(SKUS.indexOf("rivets"), 80);

// Every suggestion is a fresh array; the warehouses' buffers are only read here.
const suggestions = new Map<string, NDArray>();
for (const [name, wh] of Warehouse.registry) {
  const order = wh.shortfall;
  order.imul(1.1);
  suggestions.set(name, order);
}

const seen = new Set<NDArray>([north.stock, south.stock]);
let totalUnits = 0;
for (const s of seen) totalUnits += s.sum();

const critical = [...Warehouse.registry.values()].filter((w) => w.stock.min() < 20);
const first = critical.find(({ stock }) => stock.get(3) < 20);

for (const [name, order] of suggestions) {
  const lines = SKUS.map((sku, j) => `${sku}:${Math.ceil(order.get(j))}`).join(" ");
  console.log(`reorder ${name}: ${lines}`);
}
console.log("lowest stock after two weeks:", lows);
console.log("units on hand:", totalUnits, "critical:", critical.map((w) => w.name), "first:", first?.name);
console.log("safety stock:", Warehouse.SAFETY_STOCK.tolist(), "week:", Warehouse.week);
console.log("history:", HISTORY.slice(":2").tolist(), "log entries:", WEEKLY_LOG.size);
