// Finishes in-place edits before making new names: normalises an image then takes a thumbnail view, finalises stats then publishes them; symmetrises in place from its own transpose.
import { array, NDArray } from "ndalias";

const image = array([
  [10, 20, 30, 40],
  [50, 60, 70, 80],
  [90, 100, 110, 120],
  [130, 140, 150, 160],
]);
const peak = image.max();
image.idiv(peak);
image.set([0, 0], 0);

const thumb = image.slice("::2, ::2");
console.log("thumbnail:", thumb.tolist(), "thumbnail brightness:", thumb.mean());
console.log("mean brightness:", image.mean());

const hourly = array([[12, 15, 11], [30, 28, 35], [8, 9, 7], [20, 22, 19]]);
const summary = hourly.slice(0).copy();
for (let h = 1; h < hourly.shape[0]; h++) summary.iadd(hourly.slice(h));
summary.idiv(hourly.shape[0]);
summary.set(2, Math.round(summary.get(2)));

const dashboard: { daily: NDArray; updated: string } = { daily: summary, updated: "today" };
const shown = dashboard.daily;
console.log("dashboard:", shown.tolist(), dashboard.updated, "hourly peak:", hourly.max());

const cov = array([[4.0, 1.1], [0.9, 9.0]]);
cov.iadd(cov.T).imul(0.5);
const flippedAverage = array([1, 2, 3, 4]);
flippedAverage.iadd(flippedAverage.flip());
console.log("symmetrised:", cov.tolist(), "palindrome:", flippedAverage.tolist());
