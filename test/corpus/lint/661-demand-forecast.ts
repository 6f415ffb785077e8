// Retail demand planning: keeps daily sales per product, forecasts next-week demand with seasonal and naive models, and builds an order plan.
import { array, zeros, NDArray } from "ndalias";

interface Forecast {
  product: string;
  model: string;
  value: number;
}

type ForecastModel = (history: DemandHistory, product: number) => number;

class Box<T> {
  constructor(private value: T) {}
  get(): T {
    return this.value;
  }
  map<U>(fn: (v: T) => U): Box<U> {
    return new Box(fn(this.value));
  }
}

class DemandHistory {
  readonly sales: NDArray;
  readonly products: string[];

  constructor(products: string[], days: number) {
    this.products = products;
    this.sales = zeros([products.length, days]);
  }

  recordDay(day: number, units: number[]): void {
    for (let p = 0; p < units.length; p++) {
      this.sales.set([p, day], units[p]);
    }
  }

  get days(): number {
    return this.sales.shape[1];
  }

  indexOf(name: string): number {
    const idx = this.products.indexOf(name);
    if (idx < 0) throw new Error(`unknown product ${name}`);
    return idx;
  }
}

function productRow(history: DemandHistory, product: number): NDArray {
  return history.sales.slice(product);
}

function recentWindow(row: NDArray, n: number): NDArray {
  return row.slice(`-${n}:`);
}

function rowTotal(history: DemandHistory, product: number): number {
  return productRow(history, product).sum();
}

function naiveForecast(history: DemandHistory, product: number): number {
  const week = recentWindow(productRow(history, product), 7);
  return week.mean() * 7;
}

function movingAverage(history: DemandHistory, product: number): number {
  const fortnight = recentWindow(productRow(history, product), 14).copy();
  fortnight.sort();
  const trimmed = fortnight.slice("2:-2");
  return trimmed.mean() * 7;
}

// Seasonal model: the share of each weekday in last week's sales, scaled by the level.
function seasonalForecast(history: DemandHistory, product: number): number {
  const week = recentWindow(productRow(history, product), 7);
  const level = week.mean();
  if (level === 0) return 0;
  week.idiv(level); // expect: no-view-mutation
  let peak = 0;
  for (let d = 0; d < week.size; d++) {
    peak = Math.max(peak, week.get(d));
  }
  return level * 7 * (0.9 + 0.1 * peak);
}

const MODELS = new Map<string, ForecastModel>([
  ["naive", naiveForecast],
  ["moving-average", movingAverage],
  ["seasonal", seasonalForecast],
]);

function runModels(history: DemandHistory, product: number): Forecast[] {
  const out: Forecast[] = [];
  for (const [model, fn] of MODELS) {
    out.push({ product: history.products[product], model, value: fn(history, product) });
  }
  return out;
}

function best(forecasts: Forecast[]): Forecast {
  return forecasts.reduce((a, b) => (b.value > a.value ? b : a));
}

function safetyStock(history: DemandHistory, product: number): number {
  const row = productRow(history, product);
  const centered = row.sub(row.mean());
  const variance = centered.mul(centered).mean();
  return 1.65 * Math.sqrt(variance * 7);
}

function asDaysByProduct(orders: NDArray): NDArray {
  return orders.T;
}

function describe(forecast: Forecast): string {
  return `${forecast.product} via ${forecast.model}: ${forecast.value.toFixed(1)}`;
}

const catalogue = ["flour", "sugar", "yeast"];
const history = new DemandHistory(catalogue, 21);
const pattern = [
  [20, 22, 19, 25, 30, 41, 38],
  [12, 11, 13, 12, 14, 20, 18],
  [3, 2, 4, 3, 5, 9, 7],
];
for (let day = 0; day < history.days; day++) {
  const units = pattern.map((week) => week[day % 7] + (day >= 14 ? 2 : 0));
  history.recordDay(day, units);
}

const chosen = new Box<Forecast[]>([]);
for (let p = 0; p < catalogue.length; p++) {
  const forecasts = runModels(history, p);
  const pick = best(forecasts);
  chosen.get().push(pick);
  console.log(describe(pick), "safety stock:", safetyStock(history, p).toFixed(1));
}

const planned = chosen.map((fs) => fs.map((f) => Math.ceil(f.value)));
console.log("planned units:", planned.get());

// Orders are placed per product for each of the next three weeks.
const orders = zeros([catalogue.length, 3]);
const plannedUnits = planned.get();
for (let p = 0; p < catalogue.length; p++) {
  for (let w = 0; w < 3; w++) {
    orders.set([p, w], plannedUnits[p] + rowTotal(history, p) / 100);
  }
}
const weeklyPlan = asDaysByProduct(orders);
const inflation = array([1.1, 1.05, 1.0]);
const orderCost = orders.mul(inflation.slice(":", null)).sum();
console.log("order cost estimate:", orderCost.toFixed(2));

orders.imul(1.1); // expect: no-view-mutation
console.log("weekly plan (weeks x products):", weeklyPlan.tolist());
console.log("flour history total:", rowTotal(history, history.indexOf("flour")));
