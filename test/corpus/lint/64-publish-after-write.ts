// Computes daily summary statistics, finalises them in place and only then publishes them to a dashboard object.
import { array, NDArray } from "ndalias";

const hourly = array([[12, 15, 11], [30, 28, 35], [8, 9, 7], [20, 22, 19]]);
const summary = hourly.slice(0).copy();
for (let h = 1; h < hourly.shape[0]; h++) summary.iadd(hourly.slice(h));
summary.idiv(hourly.shape[0]);
summary.set(2, Math.round(summary.get(2)));

const dashboard: { daily: NDArray; updated: string } = { daily: summary, updated: "today" };
const shown = dashboard.daily;
console.log("dashboard:", shown.tolist(), dashboard.updated, "hourly peak:", hourly.max());
