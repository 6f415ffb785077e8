// Simulates heat diffusion on a plate with front/back buffers held in a record, sampling a set of probes and keeping frames.
import { zeros, NDArray } from "ndalias";

interface Plate {
  front: NDArray;
  back: NDArray;
  alpha: number;
  steps: number;
}

interface Probe {
  label: string;
  row: number;
  col: number;
  readings: number[];
}

function makePlate(n: number, alpha: number): Plate {
  const front = zeros([n, n]);
  front.assign("2:4, 2:4", 100);
  return { front, back: zeros([n, n]), alpha, steps: 0 };
}

function step(plate: Plate): void {
  const { front, back, alpha } = plate;
  const n = front.shape[0];
  for (let i = 1; i < n - 1; i++) {
    for (let j = 1; j < n - 1; j++) {
      const centre = front.get(i, j);
      const lap = front.get(i - 1, j) + front.get(i + 1, j) + front.get(i, j - 1) + front.get(i, j + 1) - 4 * centre;
      back.set([i, j], centre + alpha * lap);
    }
  }
  [plate.front, plate.back] = [back, front];
  plate.steps += 1;
}

function sample(plate: Plate, probes: Set<Probe>): void {
  for (const probe of probes) {
    probe.readings.push(plate.front.get(probe.row, probe.col));
  }
}

function hottest(plate: Plate): [number, number, number] {
  let best: [number, number, number] = [0, 0, -Infinity];
  const [rows, cols] = plate.front.shape;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const t: number = plate.front.get(i, j);
      if (t > best[2]) best = [i, j, t];
    }
  }
  return best;
}

const plate = makePlate(6, 0.2);
const probes = new Set<Probe>([
  { label: "centre", row: 2, col: 2, readings: [] },
  { label: "edge", row: 1, col: 4, readings: [] },
  { label: "corner", row: 1, col: 1, readings: [] },
]);

const frames: NDArray[] = [];
const initialEnergy = plate.front.sum();
sample(plate, probes);
for (let t = 0; t < 6; t++) {
  step(plate);
  sample(plate, probes);
  if (t % 2 === 1) {
    frames.push(plate.front.copy());
  }
}

// A cooled what-if on the latest frame only.
const cooled = frames[frames.length - 1].mul(0.5);
cooled.slice(":, 0").fill(-1);
console.log("cooled what-if edge column:", cooled.slice(":", 0).tolist());

for (const probe of probes) {
  console.log(`${probe.label.padEnd(7)} ${probe.readings.map((r) => r.toFixed(1)).join(" ")}`);
}
frames.forEach((frame, k) => {
  console.log(`frame ${k}: energy=${frame.sum().toFixed(2)}`);
});
const [hr, hc, ht] = hottest(plate);
console.log(`after ${plate.steps} steps: hottest cell (${hr}, ${hc}) at ${ht.toFixed(2)}`);
console.log("energy lost to the boundary:", (initialEnergy - plate.front.sum()).toFixed(2));
console.log("back buffer holds the previous step:", plate.back.sum().toFixed(2));
