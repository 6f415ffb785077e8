// Calibrates a scene's bands with sun-elevation gains, computes a 2-98% percentile stretch per band and prints NDVI and the stretched bands.
import { array, NDArray, ShapeError } from "ndalias";

interface Scene {
  red: NDArray;
  nir: NDArray;
  sunElevation: number;
}

const DEFAULT_GAINS = array([1.0, 1.0, 1.0]);

function sceneGains(sunElevationDeg: number): NDArray {
  const gains = DEFAULT_GAINS;
  gains.imul(1 / Math.sin((sunElevationDeg * Math.PI) / 180)); // expect: no-alias-mutation
  return gains;
}

function requireBand(band: NDArray, name: string): NDArray {
  if (band.ndim !== 2) {
    throw new ShapeError(`band ${name} must be 2-D, got ndim=${band.ndim}`);
  }
  return band;
}

function percentile(sorted: NDArray, p: number): number {
  const idx = Math.min(sorted.size - 1, Math.max(0, Math.round(p * (sorted.size - 1))));
  return sorted.get(idx);
}

function stretch(band: NDArray, lo: number, hi: number): NDArray {
  const out = band.sub(lo);
  out.idiv(Math.max(1e-9, hi - lo));
  return out;
}

function ndvi(red: NDArray, nir: NDArray): NDArray {
  return nir.sub(red).div(nir.add(red));
}

function summary(name: string, band: NDArray): string {
  return `${name}: mean=${band.mean().toFixed(3)} min=${band.min().toFixed(3)} max=${band.max().toFixed(3)}`;
}

function round3(x: NDArray): number[][] {
  return (x.tolist() as number[][]).map((row) => row.map((v) => Math.round(v * 1000) / 1000));
}

const scene: Scene = {
  red: array([
    [0.08, 0.09, 0.12],
    [0.07, 0.15, 0.11],
    [0.06, 0.1, 0.3],
  ]),
  nir: array([
    [0.41, 0.44, 0.38],
    [0.45, 0.35, 0.4],
    [0.47, 0.43, 0.33],
  ]),
  sunElevation: 48,
};

// NIR percentiles come from a flattened copy.
const nirSorted = scene.nir.flatten();
nirSorted.sort();
const nirLo = percentile(nirSorted, 0.02);
const nirHi = percentile(nirSorted, 0.98);

// Red percentiles are taken from the raveled band.
const redFlat = scene.red.ravel();
redFlat.sort(); // expect: no-view-mutation
const redLo = percentile(redFlat, 0.02);
const redHi = percentile(redFlat, 0.98);

// Calibrate the NIR band with the sun-elevation gain.
const gains = sceneGains(scene.sunElevation);
const nir = requireBand(scene.nir, "nir");
nir.imul(gains.get(2)); // expect: no-alias-mutation
console.log("calibrated NIR:", round3(nir));

console.log("NDVI:", round3(ndvi(scene.red, scene.nir)));
console.log("stretched red:", round3(stretch(scene.red, redLo, redHi)));
console.log("stretched NIR:", round3(stretch(scene.nir, nirLo, nirHi)));
console.log("gains:", gains.tolist());
console.log(summary("red", scene.red));
console.log(summary("nir", scene.nir));
