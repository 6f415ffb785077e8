// Builds an end-of-day sales report for a few stores: discounted and fee-adjusted totals, weekend figures, deferred text sections and a JSON summary.
import { array, NDArray } from "ndalias";

type Section = () => string;

class SalesReport {
  private readonly sections: Section[] = [];
  adjusted: NDArray | null = null;

  constructor(readonly stores: string[]) {}

  addSection(title: string, render: Section): void {
    this.sections.push(() => `## ${title}\n${render()}`);
  }

  render(): string {
    return this.sections.map((s) => s()).join("\n\n");
  }

  table(values: NDArray): string {
    return this.stores.map((s, i) => `${s.padEnd(10)} ${values.get(i).toFixed(2)}`).join("\n");
  }
}

function withDiscount(sales: NDArray, rates: NDArray): NDArray {
  const net = rates.mul(-1);
  net.iadd(1);
  net.imul(sales);
  return net;
}

function formatRow(label: string, values: NDArray): string {
  const cells: string[] = [];
  for (let i = 0; i < values.size; i++) cells.push(values.get(i).toFixed(1));
  return `${label}: ${cells.join(" | ")}`;
}

const stores = ["north", "south", "harbour", "airport"];
const grossSales = array([12840.5, 9310.0, 15220.75, 20480.25]);
const discountRates = array([0.05, 0.1, 0.0, 0.02]);
const cardFees = array([210.3, 150.0, 260.1, 390.8]);
const weekendShare = array([0.32, 0.41, 0.55, 0.28]);
const isHoliday = new Date(2024, 11, 26).getDay() === 4;

const report = new SalesReport(stores);

const net = withDiscount(grossSales, discountRates);
const adjusted = net.copy();
adjusted.isub(cardFees);
report.adjusted = adjusted;

const weekend = grossSales.mul(weekendShare);
weekend.imul(isHoliday ? 1.15 : 1.0);
console.log(formatRow("weekend", weekend));

const forecast = grossSales.copy();
if (isHoliday) {
  forecast.imul(1.2);
} else {
  forecast.imul(1.03);
}
report.addSection("Forecast", () => report.table(forecast));

const perStoreShare = stores.map((_, i) => {
  const share = grossSales.copy();
  share.idiv(grossSales.sum());
  return share.get(i);
});

const draft = grossSales.astype("float32");
draft.isub(net);
const discountsGiven = draft;

const feeBasisPoints = cardFees.copy();
feeBasisPoints.idiv(grossSales);
feeBasisPoints.imul(10000);
const feeDelta = feeBasisPoints.sub((10000 * cardFees.sum()) / grossSales.sum());

report.addSection("Net after fees", () => report.table(report.adjusted ?? net));
report.addSection("Discounts given", () => report.table(discountsGiven));
report.addSection("Card fees vs. average (basis points)", () => formatRow("delta", feeDelta));

const summary = {
  generatedFor: stores,
  netTotal: net.sum(),
  topStore: stores[perStoreShare.indexOf(Math.max(...perStoreShare))],
  weekendTotal: weekend.sum(),
  forecast: forecast.tolist(),
};

console.log(report.render());
console.log(JSON.stringify(summary, null, 2));
