// Inventory forecasting service: weekly demand history per SKU, moving averages, exponential smoothing, promotions and reorder planning.
// runnable
import { array, zeros, NDArray } from "ndalias";

const SAFETY_FACTORS = array([1.2, 1.1, 1.3]);

function roundUpInPlace(order: NDArray): void {
  for (let i = 0; i < order.size; i++) {
    order.data[i] = Math.max(0, Math.ceil(order.data[i] as number));
  }
}

interface ReorderPlan {
  sku: string;
  reorderPoint: number;
  peakWeek: number;
}

class ForecastService {
  private history: NDArray;
  private stock: NDArray;
  private targets: NDArray;
  private readonly skuIndex = new Map<string, number>();
  private readonly forecasts = new Map<string, NDArray>();
  private lastWeekTotal = 0;

  constructor(private readonly weeks: number, skus: string[]) {
    skus.forEach((sku, i) => this.skuIndex.set(sku, i));
    this.history = zeros([weeks, skus.length]);
    this.stock = zeros(skus.length);
    this.targets = zeros(skus.length);
  }

  static trend(series: NDArray): number {
    const n = series.size;
    if (n < 2) return 0;
    return (series.get(n - 1) - series.get(0)) / (n - 1);
  }

  private indexOf(sku: string): number {
    const idx = this.skuIndex.get(sku);
    if (idx === undefined) throw new Error(`unknown SKU ${sku}`);
    return idx;
  }

  private seriesCopy(sku: string): NDArray {
    return this.history.slice(":", this.indexOf(sku)).copy();
  }

  init(history: number[][], stock: number[], targets: number[]): void {
    this.history = array(history);
    this.stock.assign(":", array(stock));
    this.targets.assign(":", array(targets));
    this.forecasts.clear();
  }

  recordWeek(sales: NDArray): void {
    const older = this.history.slice("1:").copy();
    this.history.assign(":-1", older);
    this.history.assign("-1", sales);
    const latest = this.history.slice(-1);
    this.lastWeekTotal = latest.sum();
    this.stock.isub(sales);
  }

  get weeklyTotal(): number {
    return this.lastWeekTotal;
  }

  movingAverage(sku: string, window: number): NDArray {
    const series = this.history.slice(":", this.indexOf(sku));
    const out = zeros(series.size - window + 1);
    for (let i = 0; i < out.size; i++) {
      out.set(i, series.slice(`${i}:${i + window}`).mean());
    }
    return out;
  }

  seasonalProfile(sku: string): NDArray {
    const series = this.seriesCopy(sku);
    series.idiv(series.mean());
    return series;
  }

  smoothed(sku: string, alpha: number): NDArray {
    let level = this.history.slice(":", this.indexOf(sku));
    level = level.mul(1);
    for (let i = 1; i < level.size; i++) {
      level.set(i, alpha * level.get(i) + (1 - alpha) * level.get(i - 1));
    }
    return level;
  }

  forecast(sku: string, horizon: number): NDArray {
    const smooth = this.smoothed(sku, 0.5);
    const slope = ForecastService.trend(smooth);
    const last = smooth.get(smooth.size - 1);
    const out = zeros(horizon);
    for (let h = 0; h < horizon; h++) {
      out.set(h, Math.max(0, last + slope * (h + 1)));
    }
    this.forecasts.set(sku, out.copy());
    return out;
  }

  applyPromotion(sku: string, fromWeek: number, lift: number): void {
    this.history.slice(`${fromWeek}:`, this.indexOf(sku)).imul(lift);
    this.forecasts.delete(sku);
  }

  reorderPlan(sku: string): ReorderPlan {
    const idx = this.indexOf(sku);
    const series = this.history.slice(":", idx);
    const mean = series.mean();
    const peak = series.max();
    let peakWeek = 0;
    for (let w = 0; w < series.size; w++) {
      if (series.get(w) === peak) peakWeek = w;
    }
    return { sku, reorderPoint: mean * SAFETY_FACTORS.get(idx), peakWeek };
  }

  buildOrder(): NDArray {
    const order = this.targets.sub(this.stock);
    roundUpInPlace(order);
    return order;
  }

  receive(order: NDArray): void {
    const before = this.stock.slice("0:2");
    console.log("stock of first two SKUs before delivery:", before.tolist());
    this.stock.iadd(order);
  }

  shortfall(): NDArray {
    const have = this.stock.copy();
    const want = this.targets.copy();
    want.isub(have);
    return want;
  }

  reset(): void {
    this.history.fill(0);
    this.stock.fill(0);
    this.forecasts.clear();
    this.lastWeekTotal = 0;
  }
}

SAFETY_FACTORS.imul(1.05);

const service = new ForecastService(6, ["bolts", "nuts", "washers"]);
service.init(
  [
    [40, 120, 60],
    [42, 118, 66],
    [39, 130, 58],
    [45, 125, 70],
    [50, 140, 64],
    [48, 135, 72],
  ],
  [100, 300, 150],
  [160, 420, 210],
);

service.recordWeek(array([52, 138, 69]));
console.log("weekly total:", service.weeklyTotal);
console.log("moving average (nuts):", service.movingAverage("nuts", 3).tolist());
console.log("seasonal profile (bolts):", service.seasonalProfile("bolts").tolist());
console.log("forecast (washers):", service.forecast("washers", 3).tolist());
service.applyPromotion("bolts", 4, 1.5);
console.log("plan:", service.reorderPlan("bolts"));
const order = service.buildOrder();
console.log("order:", order.tolist());
service.receive(order);
console.log("shortfall after delivery:", service.shortfall().tolist());
console.log("safety factors:", SAFETY_FACTORS.tolist());
service.reset();
