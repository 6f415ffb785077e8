// Derives display and analysis products from a thermal band: 8-bit quicklook, reflectance, sampled transects, percentiles and a class map.
import { array, NDArray } from "ndalias";

const KELVIN = 273.15;

/** Linear 2-98 % stretch to 0..255, returned as a new uint8 array. */
export function quicklook8(band: NDArray): NDArray {
  const lo = percentile(band, 0.02);
  const hi = percentile(band, 0.98);
  const scaled = band.sub(lo);
  scaled.imul(255 / (hi - lo || 1));
  for (let i = 0; i < scaled.size; i++) {
    const v = scaled.data[i] as number;
    scaled.data[i] = Math.min(255, Math.max(0, v));
  }
  return scaled.astype("uint8");
}

/** Value at quantile q, from a sorted flat copy. */
export function percentile(band: NDArray, q: number): number {
  const values = band.flatten();
  values.sort();
  const k = Math.min(values.size - 1, Math.max(0, Math.round(q * (values.size - 1))));
  return values.get(k);
}

/** Brightness temperature in Celsius, as float32. */
export function toCelsius(kelvin: NDArray): NDArray {
  const celsius = kelvin.astype("float32");
  celsius.isub(KELVIN);
  return celsius;
}

/** Rows of the band sampled as transects, each centred on its own mean. */
export function centredTransects(band: NDArray, rows: number[]): NDArray {
  const transects = band.take(rows, 0);
  const [n] = transects.shape;
  for (let t = 0; t < n; t++) {
    const mean = transects.slice(t).mean();
    transects.slice(t).isub(mean);
  }
  return transects;
}

/** Class map: 0 cold, 1 mild, 2 hot, from thresholds in Celsius. */
export function thermalClasses(celsius: NDArray, mild: number, hot: number): NDArray {
  const classes = celsius.mul(0).astype("uint8");
  for (let i = 0; i < celsius.size; i++) {
    const v = celsius.data[i] as number;
    classes.data[i] = v >= hot ? 2 : v >= mild ? 1 : 0;
  }
  return classes;
}

/** Anomaly against a reference value, clipped to +-limit. */
export const anomaly = (band: NDArray, reference: number, limit: number): NDArray => {
  const diff = band.sub(reference);
  for (let i = 0; i < diff.size; i++) {
    diff.data[i] = Math.max(-limit, Math.min(limit, diff.data[i] as number));
  }
  return diff;
};

const thermalK = array([
  [291.2, 293.8, 296.1, 301.4],
  [290.7, 292.9, 298.3, 305.2],
  [289.9, 291.5, 297.0, 309.8],
  [288.4, 290.2, 294.6, 303.3],
]);

const ql = quicklook8(thermalK);
const celsius = toCelsius(thermalK);
const transects = centredTransects(celsius, [0, 3]);
const classes = thermalClasses(celsius, 20, 30);
const anomalies = anomaly(celsius, celsius.mean(), 5);

console.log("quicklook:", ql.tolist());
console.log("celsius median:", percentile(celsius, 0.5).toFixed(2));
console.log("transects:", transects.tolist());
console.log("classes:", classes.tolist());
console.log("anomalies:", anomalies.tolist());
console.log("hot share:", (classes.sum() / (2 * classes.size)).toFixed(3));
console.log("thermal band unchanged (K):", thermalK.tolist());
