// Prepares a weather-station day for export: detrends temperature, converts units and writes a CSV to a temporary folder.
// runnable
import { array, arange, NDArray } from "ndalias";
import { mkdtemp, writeFile, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const celsius = array([11.2, 10.8, 10.5, 12.9, 16.4, 19.8, 21.3, 20.1, 17.6, 14.2]);
const pressureHpa = array([1012.1, 1012.4, 1012.0, 1011.6, 1011.1, 1010.4, 1009.9, 1009.7, 1010.2, 1010.8]);

export function detrend(trace: NDArray, order: 0 | 1): NDArray {
  const residual = trace.copy();
  const mu = trace.mean();
  if (order === 0) {
    residual.isub(mu); // expect: no-lost-write
    return trace;
  }
  const n = trace.size;
  const t = arange(n);
  const tMean = (n - 1) / 2;
  const tc = t.sub(tMean);
  const slope = tc.mul(trace.sub(mu)).sum() / tc.mul(tc).sum();
  residual.isub(tc.mul(slope).add(mu));
  return residual;
}

function toCsv(columns: Record<string, NDArray>): string {
  const names = Object.keys(columns);
  const n = columns[names[0]].size;
  const lines = [names.join(",")];
  for (let i = 0; i < n; i++) {
    lines.push(names.map((k) => Number(columns[k].get(i)).toFixed(2)).join(","));
  }
  return lines.join("\n");
}

// anomalies relative to the day's level
const anomaly = detrend(pressureHpa, 0);
const tempResidual = detrend(celsius, 1);
console.log("pressure anomaly range:", (anomaly.max() - anomaly.min()).toFixed(2));
console.log("temperature residual max:", tempResidual.max().toFixed(2));

// unit conversions for the archive
const fahrenheit = celsius.mul(1.8);
fahrenheit.iadd(32);
const kelvin = celsius.astype("float32");
kelvin.iadd(273.15); // expect: no-lost-write

const dir = await mkdtemp(join(tmpdir(), "station-"));
try {
  const file = join(dir, "day.csv");
  await writeFile(file, toCsv({ temp_f: fahrenheit, temp_k: celsius, pressure_anomaly: anomaly }));
  const written = await readFile(file, "utf8");
  console.log(`wrote ${written.split("\n").length - 1} rows to day.csv`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
