// Loads hourly temperature and pressure feeds for two stations, builds anomaly series, a rounded dashboard row and a sea-level pressure summary.
// runnable
import { array, NDArray } from "ndalias";

type RawFeed = { id: string; temps: number[]; pressure: number[] };

const CLIMATOLOGY = array([11.2, 10.8, 10.5, 12.9, 15.4, 17.1, 18.0, 17.6]);
const SEA_LEVEL_OFFSET = 12.4;

const FEEDS: RawFeed[] = [
  {
    id: "north",
    temps: [10.94, 10.12, 9.81, 13.43, 16.27, 18.35, 19.18, 18.26],
    pressure: [1001.2, 1000.8, 1000.1, 999.7, 999.9, 1000.4, 1000.9, 1001.3],
  },
  {
    id: "coast",
    temps: [12.41, 12.22, 11.93, 13.14, 14.86, 16.07, 16.92, 16.45],
    pressure: [1008.1, 1007.9, 1007.5, 1007.2, 1007.0, 1007.4, 1007.8, 1008.0],
  },
];

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const loadFeed = async (id: string): Promise<RawFeed | undefined> => {
  await delay(2);
  return FEEDS.find((feed) => feed.id === id);
};

const loadTemps = async (id: string): Promise<NDArray> => {
  const feed = await loadFeed(id);
  return array(feed?.temps ?? new Array<number>(CLIMATOLOGY.size).fill(Number.NaN));
};

const loadPressure = async (id: string): Promise<NDArray> => {
  const feed = await loadFeed(id);
  return array(feed?.pressure ?? new Array<number>(CLIMATOLOGY.size).fill(Number.NaN));
};

// Anomaly series for one station, relative to the climatology.
const anomaliesFor = async (id: string): Promise<NDArray> => {
  const temps = await loadTemps(id);
  temps.isub(CLIMATOLOGY);
  return temps;
};

const describe = (label: string, x: NDArray): string =>
  `${label}: mean ${x.mean().toFixed(2)}, min ${x.min().toFixed(2)}, max ${x.max().toFixed(2)}`;

const warmestHour = (x: NDArray): number =>
  Array.from({ length: x.size }, (_, i) => i).reduce((best, i) => (x.get(i) > x.get(best) ? i : best), 0);

const roundInPlace = (x: NDArray, digits = 0): void => {
  const scale = 10 ** digits;
  for (let i = 0; i < x.size; i++) {
    x.set(i, Math.round(x.get(i) * scale) / scale);
  }
};

const spreadBetween = (series: NDArray[]): number => {
  const means = series.map((s) => s.mean());
  return Math.max(...means) - Math.min(...means);
};

const main = async (): Promise<void> => {
  const ids = ["north", "coast"];
  const anomalies = await Promise.all(ids.map((id) => anomaliesFor(id)));
  anomalies.forEach((a, k) => console.log(describe(`${ids[k]} anomaly`, a)));
  console.log("station spread:", spreadBetween(anomalies).toFixed(3));

  // Rounded coast row for the report table.
  const coastTemps = await loadTemps("coast");
  const coastRow = coastTemps.copy();
  roundInPlace(coastRow, 1);
  console.log("coast row:", coastRow.tolist(), "warmest hour:", warmestHour(coastTemps));

  // Whole-degree row for the dashboard tiles.
  const temps = await loadTemps("north");
  const dashboard = temps;
  for (let i = 0; i < dashboard.size; i++) {
    dashboard.set(i, Math.round(dashboard.get(i))); // expect: no-alias-mutation
  }
  console.log("dashboard:", dashboard.tolist());
  console.log(describe("north raw", temps));

  // Reduce station pressure to sea level.
  const pressure = await loadPressure("north");
  pressure.copy().iadd(SEA_LEVEL_OFFSET); // expect: no-lost-write
  console.log(describe("north sea-level pressure", pressure));

  const tendency = pressure.get(pressure.size - 1) - pressure.get(0);
  const trend = tendency > 0.5 ? "rising" : tendency < -0.5 ? "falling" : "steady";
  console.log(`pressure tendency ${tendency.toFixed(1)} hPa (${trend})`);
};

await main();
