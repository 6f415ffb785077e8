// Warehouse inventory simulation: serves daily demand per item, places reorders below the reorder point, and reports stock levels and service rates.
// runnable
import { array, zeros, full, NDArray } from "ndalias";

interface Item {
  sku: string;
  initial: number;
  reorderPoint: number;
  orderSize: number;
  leadDays: number;
}

interface Order {
  item: number;
  quantity: number;
  arrivesOn: number;
}

interface DayReport {
  day: number;
  served: number;
  lost: number;
  stockTotal: number;
}

type Outcome<T> = { kind: "ok"; value: T } | { kind: "empty" };

function orElse<T>(outcome: Outcome<T>, fallback: T): T {
  return outcome.kind === "ok" ? outcome.value : fallback;
}

function firstOf<T>(items: T[]): Outcome<T> {
  return items.length > 0 ? { kind: "ok", value: items[0] } : { kind: "empty" };
}

const CATALOGUE: Item[] = [
  { sku: "bolt-m6", initial: 40, reorderPoint: 15, orderSize: 30, leadDays: 2 },
  { sku: "nut-m6", initial: 25, reorderPoint: 10, orderSize: 25, leadDays: 1 },
  { sku: "washer", initial: 12, reorderPoint: 8, orderSize: 20, leadDays: 3 },
];

function column<K extends keyof Item>(items: Item[], key: K): Item[K][] {
  return items.map((it) => it[key]);
}

function demandFor(day: number, items: number): NDArray {
  const base = [6, 4, 3, 5, 8, 2, 1];
  const demand = zeros(items);
  for (let i = 0; i < items; i++) {
    demand.set(i, base[(day + 2 * i) % base.length] + i);
  }
  return demand;
}

function seasonalFactor(day: number): number {
  return day % 7 >= 5 ? 0.5 : 1.0;
}

function minimum(a: NDArray, b: NDArray): NDArray {
  const out = a.copy();
  for (let i = 0; i < out.size; i++) {
    if (b.get(i) < out.get(i)) out.set(i, b.get(i));
  }
  return out;
}

class OrderBook {
  private readonly pending: Order[] = [];

  place(order: Order): number {
    this.pending.push(order);
    return this.pending.length;
  }

  isPending(item: number): boolean {
    return this.pending.some((o) => o.item === item);
  }

  arriving(day: number, items: number): NDArray {
    const arrivals = zeros(items);
    for (let k = this.pending.length - 1; k >= 0; k--) {
      const o = this.pending[k];
      if (o.arrivesOn === day) {
        arrivals.set(o.item, arrivals.get(o.item) + o.quantity);
        this.pending.splice(k, 1);
      }
    }
    return arrivals;
  }
}

class Warehouse {
  readonly stock: NDArray;
  readonly reorderPoint: NDArray;
  readonly served: NDArray;
  readonly lost: NDArray;
  private readonly orders = new OrderBook();

  constructor(readonly items: Item[]) {
    this.stock = array(column(items, "initial"));
    this.reorderPoint = array(column(items, "reorderPoint"));
    this.served = zeros(items.length);
    this.lost = zeros(items.length);
  }

  simulateDay(day: number): DayReport {
    this.stock.iadd(this.orders.arriving(day, this.items.length));
    const demand = demandFor(day, this.items.length);
    demand.imul(seasonalFactor(day));
    const shipped = minimum(demand, this.stock);
    this.stock.isub(shipped);
    this.served.iadd(shipped);
    this.lost.iadd(demand.sub(shipped));
    this.reorder(day);
    return { day, served: shipped.sum(), lost: demand.sub(shipped).sum(), stockTotal: this.stock.sum() };
  }

  private reorder(day: number): void {
    this.items.forEach((item, i) => {
      if (this.stock.get(i) < this.reorderPoint.get(i) && !this.orders.isPending(i)) {
        this.orders.place({ item: i, quantity: item.orderSize, arrivesOn: day + item.leadDays });
      }
    });
  }

  serviceRate(): NDArray {
    const demanded = this.served.add(this.lost);
    const rate = this.served.div(demanded);
    for (let i = 0; i < rate.size; i++) {
      if (demanded.get(i) === 0) rate.set(i, 1);
    }
    return rate;
  }
}

const warehouse = new Warehouse(CATALOGUE);
const reports: DayReport[] = [];
const stockHistory: NDArray[] = [];
for (let day = 0; day < 10; day++) {
  reports.push(warehouse.simulateDay(day));
  stockHistory.push(warehouse.stock.copy());
}

for (const r of reports) {
  console.log(`day ${r.day}: served ${r.served}, lost ${r.lost}, on hand ${r.stockTotal}`);
}
const rates = warehouse.serviceRate();
CATALOGUE.forEach((item, i) => console.log(`${item.sku}: service rate ${(100 * rates.get(i)).toFixed(1)}%`));

// Stock count: print the audited levels before the cycle count corrects them.
const audited = warehouse.stock;
console.log("audited stock:", audited.tolist(), "total:", audited.sum());
const corrections = array([-1, 0, 2]);
warehouse.stock.iadd(corrections);
const afterCount = warehouse.stock.slice(":");
console.log("after cycle count:", afterCount.tolist());

// Safety stock planning in two buffers that never share memory.
const safety = full(CATALOGUE.length, 5);
const plannedPoint = warehouse.reorderPoint.add(safety);
safety.imul(2);
console.log("planned reorder points:", plannedPoint.tolist(), "doubled safety:", safety.tolist());

const firstDay = orElse(firstOf(stockHistory), zeros(CATALOGUE.length));
console.log("stock after day 0:", firstDay.tolist(), "days recorded:", stockHistory.length);
const busiest = reports.reduce((a, b) => (b.served > a.served ? b : a));
console.log(`busiest day: ${busiest.day} with ${busiest.served} units served`);
