// Sales dashboard: refunds are booked with a chained slice write, weekly views are reported, a forecast is built on a copy, and the currency conversion runs while a trailing-week view is still reported afterwards.
import { array, zeros, NDArray } from "ndalias";

function summary(label: string, x: NDArray): string {
  return `${label}: total ${x.sum().toFixed(2)}, mean ${x.mean().toFixed(2)}`;
}

function weekTotals(days: NDArray): NDArray {
  const out = zeros(2);
  out.set(0, days.slice("0:7").sum());
  out.set(1, days.slice("7:14").sum());
  return out;
}

function applyUplift(week: NDArray, pct: number): void {
  week.imul(1 + pct);
}

const daily = array([120, 95, 130, 80, 110, 105, 90, 140, 100, 85, 125, 115, 95, 150]);
daily.slice("0:2").isub(10);
daily.slice("12:").iadd(5);

const firstWeek = daily.slice("0:7");
const secondWeek = daily.slice("7:14");
console.log(summary("week 1", firstWeek));
console.log(summary("week 2", secondWeek));

const forecast = secondWeek.copy();
applyUplift(forecast, 0.05);
forecast.slice("-2:").imul(1.2);
console.log(summary("forecast", forecast));

const totals = weekTotals(daily);
totals.idiv(totals.sum());
console.log("share per week:", totals.tolist());

const trailing = daily.slice("-7:");
const eurPerUsd = 0.92;
daily.imul(eurPerUsd); // expect: no-view-mutation
console.log(summary("all days (EUR)", daily));
console.log(summary("trailing week", trailing));

const lastDay = daily.slice("-1:");
console.log("last day (EUR):", lastDay.get(0), "forecast still USD:", forecast.sum().toFixed(2));
