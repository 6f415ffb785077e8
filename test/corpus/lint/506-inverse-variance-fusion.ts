// Fuses altitude from barometer, GPS and lidar by inverse-variance weighting, with double-buffered estimates per cycle.
import { array, zeros, NDArray } from "ndalias";

interface Sensor { name: string; variance: number; readings: NDArray }

function normalizeInPlace(w: NDArray): void {
  w.idiv(w.sum());
}

function fusionWeights(variances: NDArray): NDArray {
  const inv = variances.copy();
  for (let i = 0; i < inv.size; i++) inv.set(i, 1 / inv.get(i));
  normalizeInPlace(inv);
  return inv;
}

function fuse(sensors: Sensor[], cycle: number): number {
  const variances = array(sensors.map((s) => s.variance));
  const weights = fusionWeights(variances);
  let altitude = 0;
  sensors.forEach((s, k) => {
    altitude += weights.get(k) * s.readings.get(cycle);
  });
  return altitude;
}

const sensors: Sensor[] = [
  { name: "baro", variance: 4.0, readings: array([101.2, 101.9, 102.4, 103.1]) },
  { name: "gps", variance: 9.0, readings: array([99.5, 102.8, 101.7, 104.0]) },
  { name: "lidar", variance: 0.25, readings: array([100.9, 101.6, 102.3, 102.9]) },
];

let front = zeros(4);
let back = zeros(4);
const residuals = zeros([sensors.length, 4]);

for (let cycle = 0; cycle < 4; cycle++) {
  back.set(cycle, fuse(sensors, cycle));
  for (let k = 0; k < sensors.length; k++) {
    residuals.set([k, cycle], sensors[k].readings.get(cycle) - back.get(cycle));
  }
  [front, back] = [back, front];
  back.assign(":", front);
}

const baroResidual = residuals.slice(0);
console.log("baro residual mean:", baroResidual.mean().toFixed(3));
residuals.imul(residuals);
const mse = residuals.mean();

const lidarScaled = sensors[2].readings.mul(1.0);
lidarScaled.isub(0.35);
const offset = lidarScaled.sub(sensors[0].readings).mean();

console.log("fused altitude:", front.tolist(), "mse:", mse.toFixed(3), "lidar-baro offset:", offset.toFixed(3));
console.log("raw gps:", sensors[1].readings.tolist());
