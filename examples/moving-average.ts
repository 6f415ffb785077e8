// Smooths a daily price series with a 3-day moving average, clips an outlier for the chart, and reports the raw mean.
import { array, zeros } from "ndalias";

const prices = array([101, 102.5, 99.75, 180, 103, 104.25, 105, 103.5]);
const window = 3;

// Correct: each average reads a view and writes into a separate output array.
const smooth = zeros(prices.size - window + 1);
for (let i = 0; i < smooth.size; i++) {
  smooth.set(i, prices.slice(`${i}:${i + window}`).mean());
}
console.log("3-day average:", smooth.tolist());

// Bug (no-alias-mutation): `chart` is the same array as `prices`, so clipping
// the outlier for the chart also changes the prices the report uses.
const chart = prices;
chart.set(3, 110);
console.log("chart:", chart.tolist());
console.log("mean raw price:", prices.mean());

// Bug (no-lost-write): take() copies, so the fill never reaches `prices`.
prices.take([0, 1]).fill(0);
console.log("prices after masking the first two days:", prices.tolist());
