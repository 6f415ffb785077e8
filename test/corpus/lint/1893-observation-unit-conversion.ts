// Converts an hourly observation table (temperature, humidity, wind) into reporting units and prints per-column summaries for a station bulletin.
import { array, NDArray } from "ndalias";

const COLUMNS = ["tempC", "humidity", "windMs"] as const;
type Column = (typeof COLUMNS)[number];

const colIndex = (name: Column): number => COLUMNS.indexOf(name);

const loadObservations = async (): Promise<NDArray> => {
  await Promise.resolve();
  return array([
    [6.4, 91, 2.1],
    [6.1, 93, 1.8],
    [7.9, 88, 3.4],
    [11.2, 74, 5.6],
    [13.8, 63, 7.2],
    [14.5, 58, 8.9],
    [12.7, 66, 6.3],
    [10.1, 79, 4.0],
  ]);
};

const columnStats = (table: NDArray, name: Column) => {
  const column = table.slice(":", colIndex(name));
  return { name, mean: column.mean(), min: column.min(), max: column.max() };
};

const toFahrenheit = (celsius: NDArray): NDArray => {
  const out = celsius.copy();
  out.imul(9 / 5);
  out.iadd(32);
  return out;
};

const beaufort = (kmh: number): number =>
  [1, 6, 12, 20, 29, 39, 50, 62, 75, 89, 103, 118].findIndex((limit) => kmh < limit);

const format = (values: NDArray, digits = 1): string =>
  (values.tolist() as number[])
    .map((v) => Number(v).toFixed(digits))
    .join(", ");

const bulletin = async (): Promise<void> => {
  const obs = await loadObservations();

  // Quick look at the raw temperature column.
  const rawTemps = obs.slice(":", colIndex("tempC"));
  const rawTempMean = rawTemps.mean();
  const rawTempRange = rawTemps.max() - rawTemps.min();
  console.log(`raw temperature mean ${rawTempMean.toFixed(2)} C, range ${rawTempRange.toFixed(2)} C`);

  // Fahrenheit for the public forecast.
  const fahrenheit = toFahrenheit(obs.slice(":", colIndex("tempC")));
  console.log("temperature (F):", format(fahrenheit));

  // Relative humidity as a fraction.
  const humidityFrac = obs.slice(":", colIndex("humidity")).div(100);
  const dryHours = (humidityFrac.tolist() as number[])
    .map((v, h) => [Number(v), h] as const)
    .filter(([v]) => v < 0.7)
    .map(([, h]) => h);
  console.log("dry hours:", dryHours);

  // Wind to km/h in the table itself (NumPy: obs[:, 2] *= 3.6).
  obs.slice(":", colIndex("windMs")).imul(3.6);
  // Hygrometers can overshoot 100 % on the first hour after a restart.
  obs.slice(0).set(colIndex("humidity"), Math.min(obs.get(0, colIndex("humidity")), 100));

  // Beaufort forces from the converted column.
  const windKmh = obs.slice(":", colIndex("windMs"));
  const forces = (windKmh.tolist() as number[]).map((v) => beaufort(Number(v)));
  console.log("wind (km/h):", format(windKmh), "Beaufort:", forces.join(" "));

  const stats = COLUMNS.map((name) => columnStats(obs, name));
  stats.forEach(({ name, mean, min, max }) =>
    console.log(`${name.padEnd(9)} mean ${mean.toFixed(2)}  min ${min.toFixed(2)}  max ${max.toFixed(2)}`),
  );

  const gustiest = stats.find((s) => s.name === "windMs")?.max ?? 0;
  console.log(`strongest wind ${gustiest.toFixed(1)} km/h, force ${beaufort(gustiest)}`);
};

await bulletin();
