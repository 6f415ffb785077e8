// Prints an overview of a raw scene, calibrates it to reflectance, then derives tiles and an anomaly layer from the calibrated data.
import { array, NDArray } from "ndalias";

const GAIN = 2.0e-5;
const OFFSET = -0.1;
const SUN_ELEVATION_DEG = 52.3;

const scene = array([
  [8210, 8350, 8490, 8620, 8700, 8810],
  [8190, 8330, 8470, 8600, 8690, 8790],
  [8170, 8300, 8440, 8580, 8660, 8770],
  [8150, 8280, 8420, 8550, 8640, 8750],
]);

const thermal = array([
  [29810, 29850, 29900, 29960],
  [29790, 29830, 29880, 29940],
]);

function describe(label: string, a: NDArray): void {
  console.log(`${label}: shape=${a.shape.join("x")} min=${a.min().toFixed(4)} max=${a.max().toFixed(4)} mean=${a.mean().toFixed(4)}`);
}

function anomaly(a: NDArray): NDArray {
  const out = a.sub(a.mean());
  return out;
}

// 1. Quick-look at half resolution, read before any calibration touches the scene.
const overview = scene.slice("::2, ::2");
describe("overview DN", overview);
const overviewRows = overview.tolist() as number[][];
console.log("overview rows:", overviewRows.map((row) => row.join(" ")).join(" | "));

// 2. Calibration of the scene itself, then the sun-angle correction.
scene.imul(GAIN);
scene.iadd(OFFSET);
scene.idiv(Math.sin((SUN_ELEVATION_DEG * Math.PI) / 180));

// 3. Tiles cut after calibration: they are meant to see reflectance.
const westTile = scene.slice(":, 0:3");
const eastTile = scene.slice(":, 3:6");
describe("west tile", westTile);
describe("east tile", eastTile);
const gradientWE = eastTile.mean() - westTile.mean();
console.log("west-east reflectance gradient:", gradientWE.toFixed(4));

// 4. A working layer that starts as the scene and is rebound before every in-place step.
let working: NDArray = scene;
working = working.mul(100);
working.isub(working.min());
working = working.flatten();
working.sort();
console.log("sorted reflectance (%):", (working.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
describe("scene after the working layer", scene);

// 5. Brightness temperature: the thermal counts are only ever used under the new name after this point.
const kelvin = thermal;
console.log("raw thermal counts:", thermal.sum());
kelvin.imul(0.01);
kelvin.iadd(0.1);
describe("brightness temperature (K)", kelvin);
const hottest = kelvin.max();
const coldest = kelvin.min();
console.log("thermal range (K):", coldest.toFixed(2), "-", hottest.toFixed(2));

// 6. Anomaly layer from a fresh array.
const anomalies = anomaly(scene);
anomalies.imul(1000);
describe("reflectance anomaly (x1000)", anomalies);
// 7. Detector striping check on the calibrated scene: per-row means against the scene mean (reads only).
function stripingScore(a: NDArray): number {
  const overall = a.mean();
  let worst = 0;
  for (let r = 0; r < a.shape[0]; r++) {
    worst = Math.max(worst, Math.abs(a.slice(r).mean() - overall));
  }
  return worst / Math.abs(overall || 1);
}
const striping = stripingScore(scene);
console.log("striping score:", striping.toFixed(5), striping > 0.05 ? "(destripe before mosaicking)" : "(ok)");

console.log("calibrated scene:", (scene.tolist() as number[][]).map((row) => row.map((v) => v.toFixed(3)).join(" ")));
