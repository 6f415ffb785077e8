// Quality-controls a barometer feed: keeps the raw trace, corrects the working series in place, smooths it with swapped buffers and standardises a rebound copy.
// runnable
import { array, zeros, NDArray } from "ndalias";

const STATION_ELEVATION_M = 310;
const HPA_PER_METRE = 0.12;

const fetchBarometer = async (station: string): Promise<number[]> => {
  await new Promise<void>((resolve) => setTimeout(resolve, 1));
  return station === "airfield"
    ? [973.4, 973.1, 972.8, 972.9, 972.2, 971.6, 971.9, 972.5, 973.0, 973.6]
    : [];
};

// Loads a trace and reduces it to sea level.
const loadPressure = async (station: string, { fallback = 1013.25 } = {}): Promise<NDArray> => {
  const values = await fetchBarometer(station);
  const trace = array(values.length ? values : [fallback]);
  trace.iadd(STATION_ELEVATION_M * HPA_PER_METRE);
  return trace;
};

const stats = (x: NDArray) => {
  const mean = x.mean();
  const variance = x.sub(mean).mul(x.sub(mean)).mean();
  return { mean, sd: Math.sqrt(variance), min: x.min(), max: x.max() };
};

const fmt = (x: NDArray): string => (x.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" ");

// Three-point moving average with a front and a back buffer swapped after each pass.
const smooth = (x: NDArray, passes = 2): NDArray => {
  let front = x.copy();
  let back = zeros(x.size);
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < front.size; i++) {
      const lo = front.get(Math.max(0, i - 1));
      const hi = front.get(Math.min(front.size - 1, i + 1));
      back.set(i, (lo + front.get(i) + hi) / 3);
    }
    [front, back] = [back, front];
  }
  return front;
};

const main = async (): Promise<void> => {
  const pressure = await loadPressure("airfield");

  // Log what the sensor sent before QC.
  const asReceived = pressure;
  const receivedStats = stats(asReceived);
  console.log(`as received: mean ${receivedStats.mean.toFixed(2)} sd ${receivedStats.sd.toFixed(3)}`);

  // Keep the raw trace for the audit log.
  const raw = pressure.copy();

  // Spike check: a jump of more than 0.5 hPa is replaced by the previous value.
  for (let i = 1; i < pressure.size; i++) {
    if (Math.abs(pressure.get(i) - pressure.get(i - 1)) > 0.5) {
      pressure.set(i, pressure.get(i - 1));
    }
  }
  pressure.isub(0.3);

  const smoothed = smooth(pressure, 3);

  // Standardised anomalies for the QC chart.
  let standardised: NDArray = pressure;
  standardised = standardised.sub(stats(pressure).mean);
  standardised.idiv(stats(standardised).sd || 1);

  console.log("raw:         ", fmt(raw));
  console.log("corrected:   ", fmt(pressure));
  console.log("smoothed:    ", fmt(smoothed));
  console.log("standardised:", fmt(standardised));

  const tendency = smoothed.get(smoothed.size - 1) - smoothed.get(0);
  const summary = [raw, pressure, smoothed].map(stats);
  summary.forEach(({ mean, min, max }, k) =>
    console.log(`${["raw", "corrected", "smoothed"][k].padEnd(10)} mean ${mean.toFixed(2)} range ${(max - min).toFixed(2)}`),
  );
  console.log(`3-hour tendency ${tendency.toFixed(2)} hPa`);

  const empty = await loadPressure("unknown");
  console.log("fallback station:", empty.tolist());
};

await main();
