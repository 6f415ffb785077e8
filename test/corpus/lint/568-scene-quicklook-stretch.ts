// Loads a small 2-band scene record, renders a contrast-stretched quicklook, converts DNs to reflectance and reports NDVI.
// runnable
import { array, NDArray } from "ndalias";

interface Scene {
  id: string;
  bands: NDArray;
  scale: number;
  nodata: number;
}

const scene: Scene = {
  id: "T33UVP_20240611",
  scale: 0.0001,
  nodata: 0,
  bands: array([
    [
      [820, 790, 0],
      [760, 1105, 980],
    ],
    [
      [3120, 2950, 0],
      [3305, 1600, 2100],
    ],
  ]),
};

function ndvi(bands: NDArray, scale: number, nodata: number): number[] {
  const red = bands.slice(0);
  const nir = bands.slice(1);
  const out: number[] = [];
  for (let i = 0; i < red.shape[0]; i++) {
    for (let j = 0; j < red.shape[1]; j++) {
      const r: number = red.get(i, j);
      const n: number = nir.get(i, j);
      if (r === nodata || n === nodata) continue;
      out.push((n * scale - r * scale) / (n * scale + r * scale));
    }
  }
  return out;
}

function asciiRamp(band: NDArray): string {
  const ramp = " .:-=+*#%@";
  return (band.tolist() as number[][])
    .map((row) => row.map((v) => ramp[Math.min(9, Math.max(0, Math.round(v / 28.4)))]).join(""))
    .join("\n");
}

// Quicklook: stretch band values into 0..255 for display.
const { bands: preview } = scene;
const peak = preview.max();
preview.imul(255 / peak); // expect: no-alias-mutation
console.log(`quicklook of ${scene.id} (red):\n${asciiRamp(preview.slice(0))}`);

// Convert to reflectance for analysis.
scene.bands.astype("float32").imul(scene.scale); // expect: no-lost-write

const index = ndvi(scene.bands, scene.scale, scene.nodata);
const meanNdvi = index.reduce((a, b) => a + b, 0) / index.length;
console.log("valid pixels:", index.length, "mean NDVI:", meanNdvi.toFixed(3));
console.log("band maxima:", scene.bands.slice(0).max(), scene.bands.slice(1).max());
