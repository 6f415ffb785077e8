// Builds a stations-by-hours rainfall grid for a gauge network, finds the 90th-percentile intensity, rescales to mm/h and reports the morning window per gauge.
import { array, NDArray } from "ndalias";

type Gauge = { id: string; tipsPerHour: number[] };

const MM_PER_TIP = 0.2;
const HOURS = 8;

const loadGauges = async (): Promise<Gauge[]> => {
  await new Promise<void>((resolve) => setTimeout(resolve, 1));
  return [
    { id: "G01", tipsPerHour: [0, 2, 5, 9, 14, 6, 3, 1] },
    { id: "G02", tipsPerHour: [1, 3, 7, 12, 18, 10, 4, 0] },
    { id: "G03", tipsPerHour: [0, 0, 2, 4, 8, 11, 7, 2] },
  ];
};

const toGrid = (gauges: Gauge[]): NDArray =>
  array(gauges.map(({ tipsPerHour }) => (tipsPerHour.length === HOURS ? tipsPerHour : new Array<number>(HOURS).fill(0))));

// Linear-interpolated percentile.
const percentile = (x: NDArray, q: number): number => {
  const sorted = x.flatten();
  sorted.sort();
  const pos = q * (sorted.size - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.size - 1, lo + 1);
  return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
};

const rowTotals = (grid: NDArray): number[] =>
  Array.from({ length: grid.shape[0] }, (_, r) => grid.slice(r).sum());

const peakHour = (row: NDArray): number =>
  (row.tolist() as number[]).reduce((best, v, h, all) => (v > all[best] ? h : best), 0);

const longestWetSpell = (row: NDArray): number =>
  (row.tolist() as number[]).reduce(
    ({ run, best }, v) => (v > 0 ? { run: run + 1, best: Math.max(best, run + 1) } : { run: 0, best }),
    { run: 0, best: 0 },
  ).best;

const report = async (): Promise<void> => {
  const gauges = await loadGauges();
  const grid = toGrid(gauges);
  console.log("network p50 (tips):", percentile(grid, 0.5).toFixed(2));

  // 90th-percentile hourly intensity across the network.
  const flat = grid.ravel();
  flat.sort(); // expect: no-view-mutation
  const p90Tips = flat.get(Math.floor(0.9 * (flat.size - 1)));
  console.log("network p90 (tips):", p90Tips);

  const totals = rowTotals(grid);
  gauges.forEach(({ id }, r) => console.log(`${id}: ${totals[r]} tips, peak hour ${peakHour(grid.slice(r))}`));

  // Morning window kept for the chart.
  const morning = grid.slice(":", ":4");
  console.log("morning mean (tips):", morning.mean().toFixed(2));

  // Tips to millimetres.
  grid.imul(MM_PER_TIP); // expect: no-view-mutation
  console.log("network total (mm):", grid.sum().toFixed(1));

  const morningPeaks = gauges.map(({ id }, r) => ({ id, peak: morning.slice(r).max() }));
  morningPeaks.forEach(({ id, peak }) => console.log(`${id} morning peak: ${peak}`));

  // Intensity classes per gauge and hour.
  const intensity = grid.mul(1);
  const classes = (intensity.tolist() as number[][]).map((row) =>
    row.map((mm) => (mm >= 2.5 ? "heavy" : mm >= 1 ? "moderate" : mm > 0 ? "light" : "dry")),
  );
  classes.forEach((row, r) => console.log(`${gauges[r].id}: ${row.join(" ")}`));
  const spells = gauges.map(({ id }, r) => `${id}=${longestWetSpell(intensity.slice(r))}h`);
  console.log("longest wet spells:", spells.join(", "));

  const wettest = gauges
    .map(({ id }, r) => ({ id, total: intensity.slice(r).sum() }))
    .reduce((best, g) => (g.total > best.total ? g : best));
  console.log(`wettest gauge ${wettest.id} with ${wettest.total.toFixed(1)} mm`);
};

await report();
