// Tower-defence wave spawner: previews the first lane, shifts the wave onto the path, then inspects the moved wave.
import { array, NDArray } from "ndalias";

const LANE_COUNT = 4;
const PATH_ENTRY_X = 2;

function jittered(points: NDArray, amount: number, seed: number): NDArray {
  const out = points.copy();
  for (let i = 0; i < out.shape[0]; i++) {
    const r = Math.sin((i + 1) * seed * 78.233) * 43758.5453;
    out.set([i, 1], out.get(i, 1) + (r - Math.floor(r) - 0.5) * amount);
  }
  return out;
}

function spreadLanes(points: NDArray, gap: number): void {
  for (let i = 0; i < points.shape[0]; i++) {
    points.set([i, 1], i * gap + 1);
  }
}

function laneReport(points: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < points.shape[0]; i++) {
    parts.push(`lane ${i}: (${points.get(i, 0).toFixed(2)}, ${points.get(i, 1).toFixed(2)})`);
  }
  return parts.join("; ");
}

function waveHealth(base: number, wave: number): NDArray {
  const hp = array([1, 1.2, 0.8, 1.5]);
  hp.imul(base * (1 + 0.1 * wave));
  return hp;
}

const spawnPoints = array([
  [0, 1],
  [0, 3],
  [0, 5],
  [0, 7],
]);
const laneOffset = array([0.5, -0.25]);

// Level editor preview: read the first lane, then the wave moves on.
const firstLane = spawnPoints.slice(0);
console.log("first lane spawn:", firstLane.tolist(), "lane centre:", firstLane.mean());

spawnPoints.slice(":", 0).iadd(PATH_ENTRY_X);
spawnPoints.iadd(laneOffset);

// Named only now, after the wave has moved: it is meant to see the shifted values.
const waveFront = spawnPoints.slice(":", 0);
console.log("wave front x:", waveFront.max(), "spread:", waveFront.max() - waveFront.min());

// Variant for the hard difficulty, built from a copy so the normal wave stays put.
const hardWave = jittered(spawnPoints, 0.8, 3);
hardWave.slice(":", 0).isub(1);
console.log("hard wave:", laneReport(hardWave));

const spacedSource = array([
  [0, 0],
  [0, 0],
  [0, 0],
  [0, 0],
]);
spreadLanes(spacedSource, 2.5);
console.log("spaced lanes:", laneReport(spacedSource));

for (let wave = 1; wave <= 3; wave++) {
  const hp = waveHealth(100, wave);
  console.log(`wave ${wave} health:`, hp.tolist(), "total:", hp.sum().toFixed(1));
}

let laneIndex = 0;
const order: number[] = [];
for (let k = 0; k < 8; k++) {
  order.push(laneIndex);
  laneIndex = (laneIndex + 3) % LANE_COUNT;
}
console.log("spawn order:", order.join(","));

const lastLane = spawnPoints.slice(-1);
console.log("normal wave:", laneReport(spawnPoints), "last lane:", lastLane.tolist());
