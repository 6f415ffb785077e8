// Derives dew point, Fahrenheit temperatures and a comfort index from separate temperature and humidity arrays, with ranked medians for the daily summary.
import { array, zeros, NDArray } from "ndalias";

const MAGNUS_A = 17.27;
const MAGNUS_B = 237.7;

type Sample = { tempC: NDArray; rh: NDArray };

const loadSample = async ({ hours = 8 } = {}): Promise<Sample> => {
  await Promise.resolve();
  const tempC = array([14.2, 13.8, 13.1, 15.6, 19.4, 23.0, 25.1, 24.3].slice(0, hours));
  const rh = array([88, 91, 104, 82, 67, 52, 44, 47].slice(0, hours));
  return { tempC, rh };
};

const dewPoint = ({ tempC, rh }: Sample): NDArray => {
  const out = zeros(tempC.size);
  for (let i = 0; i < tempC.size; i++) {
    const t = tempC.get(i);
    const gamma = (MAGNUS_A * t) / (MAGNUS_B + t) + Math.log(rh.get(i) / 100);
    out.set(i, (MAGNUS_B * gamma) / (MAGNUS_A - gamma));
  }
  return out;
};

const clipHumidity = (rh: NDArray): NDArray => {
  const clipped = rh.copy();
  for (let i = 0; i < clipped.size; i++) {
    clipped.set(i, Math.min(100, Math.max(1, clipped.get(i))));
  }
  return clipped;
};

const toFahrenheit = (tempC: NDArray): NDArray => {
  const f = tempC.astype("float32");
  f.imul(1.8);
  f.iadd(32);
  return f;
};

const rankedMedian = (x: NDArray): number => {
  const ranked = x.copy().ravel();
  ranked.sort();
  return ranked.get(Math.floor(ranked.size / 2));
};

const comfortLabel = (dew: number): string =>
  dew < 10 ? "dry" : dew < 13 ? "comfortable" : dew < 16 ? "humid" : dew < 18 ? "sticky" : "oppressive";

const humidex = (tempC: NDArray, dew: NDArray): NDArray => {
  const e = zeros(dew.size);
  for (let i = 0; i < dew.size; i++) {
    e.set(i, 6.11 * Math.exp(5417.753 * (1 / 273.16 - 1 / (273.15 + dew.get(i)))));
  }
  e.isub(10);
  e.imul(0.5555);
  return tempC.add(e);
};

const summarise = async (): Promise<void> => {
  const sample = await loadSample();
  const rh = clipHumidity(sample.rh);
  const dew = dewPoint({ tempC: sample.tempC, rh });
  const fahrenheit = toFahrenheit(sample.tempC);
  const index = humidex(sample.tempC, dew);

  // Dew point depression, floored at zero.
  const spread = sample.tempC.sub(dew);
  for (let i = 0; i < spread.size; i++) {
    if (spread.get(i) < 0) spread.set(i, 0);
  }
  const fogRisk = (spread.tolist() as number[]).map((s) => s < 2.5);

  const labels = (dew.tolist() as number[]).map(comfortLabel);
  const rows = labels.map((label, h) => ({
    hour: h,
    tempC: sample.tempC.get(h),
    tempF: fahrenheit.get(h),
    dew: dew.get(h),
    humidex: index.get(h),
    label,
    fog: fogRisk[h],
  }));

  rows.forEach(({ hour, tempC, tempF, dew: d, humidex: hx, label, fog }) =>
    console.log(
      `h${hour}: ${tempC.toFixed(1)} C / ${tempF.toFixed(1)} F, dew ${d.toFixed(1)} C, humidex ${hx.toFixed(1)}, ${label}${fog ? ", fog risk" : ""}`,
    ),
  );
  console.log("median temperature:", rankedMedian(sample.tempC), "median dew point:", rankedMedian(dew).toFixed(2));
  console.log("raw humidity (unclipped):", sample.rh.tolist(), "clipped:", rh.tolist());
  console.log("dew point spread:", (spread.tolist() as number[]).map((s) => s.toFixed(1)).join(" "));
};

await summarise();
