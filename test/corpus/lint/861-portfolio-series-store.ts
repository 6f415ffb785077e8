// Portfolio chart setup: series objects point at the store's return arrays, a percent axis and a weekly heat strip are derived for display.
// runnable
import { array, NDArray } from "ndalias";

interface Store {
  readonly days: string[];
  readonly returns: NDArray;
  readonly benchmark: NDArray;
  readonly volume: NDArray;
}

interface Series {
  name: string;
  y: NDArray;
  color: string;
  unit: "ratio" | "%";
}

function makeStore(days: number): Store {
  const labels = Array.from({ length: days }, (_, i) => `day ${i + 1}`);
  const returns = array(Array.from({ length: days }, (_, i) => 0.01 * Math.sin(i / 2) + 0.002));
  const benchmark = array(Array.from({ length: days }, (_, i) => 0.006 * Math.cos(i / 3)));
  const volume = array(Array.from({ length: days }, (_, i) => 1000 + ((i * 37) % 500)));
  return { days: labels, returns, benchmark, volume };
}

function summary(values: NDArray): string {
  const worst = values.min();
  const best = values.max();
  return `mean ${values.mean().toFixed(4)}, worst ${worst.toFixed(4)}, best ${best.toFixed(4)}`;
}

function cumulative(values: NDArray): NDArray {
  const out = values.add(1);
  for (let i = 1; i < out.size; i++) {
    out.set(i, out.get(i) * out.get(i - 1));
  }
  out.isub(1);
  return out;
}

const store = makeStore(28);
console.log("portfolio:", summary(store.returns));

// The benchmark series is plotted in percent from its own scaled array.
const benchmarkSeries: Series = {
  name: "benchmark",
  y: store.benchmark.mul(100),
  color: "#ff7f0e",
  unit: "%",
};
benchmarkSeries.y.set(0, 0);
console.log("benchmark axis:", summary(benchmarkSeries.y));

// The portfolio series shares the store's array and is switched to percent for the same axis.
const portfolioSeries: Series = { name: "portfolio", y: store.returns, color: "#1f77b4", unit: "ratio" };
portfolioSeries.y.imul(100); // expect: no-alias-mutation
portfolioSeries.unit = "%";

for (const s of [portfolioSeries, benchmarkSeries]) {
  const last = s.y.get(s.y.size - 1);
  console.log(`${s.name} (${s.unit}) last point ${last.toFixed(2)}, ${s.y.size} points, ${s.color}`);
}

// Growth of one unit invested, computed from the store.
const growth = cumulative(store.returns);
console.log("cumulative growth:", growth.get(growth.size - 1).toFixed(4));
console.log("portfolio after plotting:", summary(store.returns));

// Heat strip: four weeks of seven days, weekends greyed out.
const byWeek = store.volume.reshape(4, 7);
byWeek.assign(":, 5:", 0); // expect: no-view-mutation
const weeks = byWeek.tolist() as number[][];
weeks.forEach((week, w) => {
  console.log(`week ${w + 1}:`, week.map((v) => (v === 0 ? "  -  " : String(v).padStart(5))).join(""));
});
console.log("total traded volume:", store.volume.sum());

// A weekday-only strip built from a copy leaves the store alone.
const weekdays = store.volume.reshape(4, 7).slice(":, :5").copy();
weekdays.idiv(weekdays.max());
console.log("weekday intensity:", (weekdays.tolist() as number[][]).map((w) => w.map((v) => v.toFixed(1)).join(" ")));
console.log("days covered:", store.days[0], "to", store.days[store.days.length - 1]);
