// Calibrates raw thermistor and hygrometer channels, detrends each daily series and masks failed humidity samples before computing station means.
import { array, linspace, NDArray } from "ndalias";

type Channel = { name: string; raw: NDArray; gain?: number; offset?: number };

const CHANNELS: Channel[] = [
  { name: "thermistor-a", raw: array([512, 530, 548, 571, 590, 604, 611, 598]), gain: 0.05, offset: -12.5 },
  { name: "thermistor-b", raw: array([498, 515, 533, 559, 580, 596, 603, 589]), gain: 0.051, offset: -12.9 },
  { name: "reference", raw: array([10.9, 11.8, 12.7, 13.9, 14.9, 15.6, 16.0, 15.3]) },
];

// Linear calibration of a raw channel.
const applyCalibration = ({ raw, gain = 1, offset = 0 }: Channel): NDArray => {
  const out = raw.mul(gain);
  out.iadd(offset);
  return out;
};

const linearTrend = (s: NDArray): NDArray => linspace(s.get(0), s.get(s.size - 1), s.size);

// Removes the linear trend from every series.
const detrendAll = (series: NDArray[]): NDArray[] =>
  series.map((s) => {
    const centred = s.copy();
    centred.isub(linearTrend(s)); // expect: no-lost-write
    return s;
  });

// Removes the trend but keeps the series level.
const detrendOne = (s: NDArray): NDArray => {
  const residual = s.sub(linearTrend(s));
  residual.iadd(s.mean());
  return residual;
};

const agreement = (a: NDArray, b: NDArray): number => {
  const diff = a.sub(b);
  return Math.sqrt(diff.mul(diff).mean());
};

const calibrated = CHANNELS.map((ch) => ({ name: ch.name, values: applyCalibration(ch) }));
calibrated.forEach(({ name, values }) =>
  console.log(`${name}: mean ${values.mean().toFixed(2)} C, range ${(values.max() - values.min()).toFixed(2)}`),
);

const reference = calibrated.find((c) => c.name === "reference")?.values ?? calibrated[0].values;
calibrated
  .filter((c) => c.values !== reference)
  .forEach(({ name, values }) => console.log(`${name} rms vs reference: ${agreement(values, reference).toFixed(3)}`));

const detrended = detrendAll(calibrated.map((c) => c.values));
console.log(
  "detrended means:",
  detrended.map((d) => d.mean().toFixed(2)),
);
console.log("reference residual:", (detrendOne(reference).tolist() as number[]).map((v) => v.toFixed(2)));

// Hygrometer: a dropout reads 0 % and a stuck sensor reads 100 %.
const humidity = array([71, 0, 69, 68, 100, 100, 64, 62]);
const failed = (humidity.tolist() as number[])
  .map((v, i) => ({ v, i }))
  .filter(({ v }) => v <= 0 || v >= 100)
  .map(({ i }) => i);

// Mask failed samples so the means skip them.
humidity.take(failed).fill(Number.NaN); // expect: no-lost-write

const validMean = (x: NDArray): number => {
  const vals = (x.tolist() as number[]).filter((v) => !Number.isNaN(v));
  return vals.reduce((s, v) => s + v, 0) / Math.max(1, vals.length);
};

// Gap-filled version for the plot.
const filledHumidity = humidity.copy();
failed.forEach((i) => {
  filledHumidity.set(i, i > 0 ? filledHumidity.get(i - 1) : validMean(humidity));
});

console.log("failed samples:", failed);
console.log("humidity mean (masked):", validMean(humidity).toFixed(1));
console.log("humidity filled:", filledHumidity.tolist(), "mean", filledHumidity.mean().toFixed(1));
