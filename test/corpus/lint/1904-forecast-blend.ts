// Blends several model temperature forecasts into one weighted consensus, applies a frost floor and late-hour damping, and reports spread and the morning outlook.
import { array, zeros, NDArray } from "ndalias";

type ModelRun = { name: string; weight: number; values: NDArray };

const LEAD_HOURS = 6;

const MODEL_TABLE: Record<string, number[]> = {
  global: [3.2, 2.8, 2.1, 4.4, 7.9, 10.1],
  regional: [2.6, 2.0, 1.1, 3.9, 7.2, 9.4],
  nowcast: [2.9, 2.3, 1.6, 4.6, 8.3, 10.8],
};

const loadModel = async (name: string): Promise<NDArray> => {
  await new Promise<void>((resolve) => setTimeout(resolve, 1));
  return array(MODEL_TABLE[name] ?? new Array<number>(LEAD_HOURS).fill(0));
};

// Each run centred on its own mean.
const loadAnomalies = async (name: string): Promise<NDArray> => {
  const run = await loadModel(name);
  run.isub(run.mean());
  return run;
};

const loadRuns = async ({ weights = [0.5, 0.3, 0.2] }: { weights?: number[] } = {}): Promise<ModelRun[]> => {
  const names = Object.keys(MODEL_TABLE);
  const values = await Promise.all(names.map((n) => loadModel(n)));
  return names.map((name, k) => ({ name, weight: weights[k] ?? 0, values: values[k] }));
};

// Floors a forecast at a minimum temperature.
const applyFrostFloor = (x: NDArray, floor: number): void => {
  for (let i = 0; i < x.size; i++) {
    if (x.get(i) < floor) x.set(i, floor);
  }
};

const spreadOf = (runs: ModelRun[]): NDArray => {
  const stacked = runs.map(({ values }) => values);
  const hi = stacked.reduce((acc, v) => array((acc.tolist() as number[]).map((a, i) => Math.max(a, v.get(i)))));
  const lo = stacked.reduce((acc, v) => array((acc.tolist() as number[]).map((a, i) => Math.min(a, v.get(i)))));
  return hi.sub(lo);
};

const fmt = (x: NDArray): string => (x.tolist() as number[]).map((v) => v.toFixed(1)).join(" ");

const main = async (): Promise<void> => {
  const runs = await loadRuns();
  const state = { consensus: zeros(LEAD_HOURS), weightSum: 0 };

  // Weighted sum of the runs.
  runs.forEach(({ weight, values }) => {
    state.consensus.iadd(values.mul(weight));
    state.weightSum += weight;
  });
  state.consensus.idiv(state.weightSum || 1);

  // NumPy-style damping of the last two lead hours: consensus[4:] *= 0.95.
  state.consensus.slice("4:").imul(0.95);
  applyFrostFloor(state.consensus, 1.5);

  // Morning and afternoon windows for the outlook.
  const morning = state.consensus.slice(":3");
  const afternoon = state.consensus.slice("3:");

  const spread = spreadOf(runs);
  const anomalies = await Promise.all(runs.map(({ name }) => loadAnomalies(name)));
  const maxAnomaly = anomalies.reduce((m, a) => Math.max(m, a.max()), -Infinity);

  runs.forEach(({ name, weight, values }) => console.log(`${name.padEnd(9)} w=${weight}  ${fmt(values)}`));
  console.log("consensus:", fmt(state.consensus));
  console.log("spread:   ", fmt(spread), "max anomaly", maxAnomaly.toFixed(2));
  console.log(`morning low ${morning.min().toFixed(1)} C, afternoon high ${afternoon.max().toFixed(1)} C`);

  const confidence = (spread.tolist() as number[]).map((s) => (s < 0.5 ? "high" : s < 1 ? "medium" : "low"));
  console.log("confidence by hour:", confidence.join(", "));
  const frostHours = (morning.tolist() as number[]).filter((t) => t <= 1.5).length;
  console.log(frostHours ? `frost floor reached for ${frostHours} morning hour(s)` : "no frost in the morning");
};

await main();
