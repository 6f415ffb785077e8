// Asynchronous sensor ingestion: fetches frames, calibrates them with default gain/bias vectors and averages the results.
import { array, zeros, ones, full, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

interface Frame {
  id: number;
  channel: string;
  values: NDArray;
}

const rawFrames: Frame[] = [
  { id: 1, channel: "north", values: array([1.2, 0.8, 3.1, 2.2]) },
  { id: 2, channel: "north", values: array([1.0, 0.9, 2.9, 2.4]) },
  { id: 3, channel: "south", values: array([4.1, 3.8, 0.2, 0.6]) },
  { id: 4, channel: "south", values: array([3.9, 4.2, 0.1, 0.4]) },
];

async function fetchFrame(id: number): Promise<NDArray> {
  await sleep(1);
  const frame = rawFrames.find((f) => f.id === id);
  if (frame === undefined) throw new Error(`unknown frame ${id}`);
  return frame.values.copy();
}

async function calibrate(id: number, gain: NDArray = ones(4), bias: NDArray = zeros(4)): Promise<NDArray> {
  const values = await fetchFrame(id);
  values.imul(gain);
  values.isub(bias);
  return values;
}

function clampFrame(frame: NDArray, limits: NDArray = full(4, 5)): NDArray {
  const out = frame.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.min(out.get(i), limits.get(i)));
  }
  return out;
}

async function averageFrames(ids: number[]): Promise<NDArray> {
  const acc = zeros(4);
  for (const id of ids) {
    const frame = await calibrate(id);
    acc.iadd(frame);
  }
  if (ids.length > 0) acc.idiv(ids.length);
  return acc;
}

async function channelAverage(channel: string): Promise<NDArray> {
  const ids = rawFrames.filter((f) => f.channel === channel).map((f) => f.id);
  return averageFrames(ids);
}

async function baselineCorrected(id: number, baseline: NDArray = zeros(4)): Promise<NDArray> {
  const frame = await fetchFrame(id);
  const corrected = frame.sub(baseline);
  corrected.imul(corrected.max() > 0 ? 1 / corrected.max() : 1);
  return corrected;
}

async function readAll(): Promise<NDArray[]> {
  return Promise.all(rawFrames.map((f) => calibrate(f.id, full(4, 2))));
}

async function main(): Promise<void> {
  const [first, second, third] = await Promise.all([calibrate(1), calibrate(2), calibrate(3)]);
  first.imul(10);
  console.log("first frame x10:", first.tolist());
  console.log("second and third:", second.tolist(), third.tolist());
  console.log("raw frame 1 untouched:", rawFrames[0].values.tolist());

  const gain = array([1.1, 0.9, 1.0, 1.05]);
  const boosted = await calibrate(4, gain);
  gain.fill(1);
  console.log("boosted frame 4:", boosted.tolist(), "gain reset:", gain.tolist());

  const northMean = await channelAverage("north");
  const southMean = await channelAverage("south");
  const contrast = northMean.sub(southMean);
  contrast.imul(contrast);
  console.log("north:", northMean.tolist(), "south:", southMean.tolist(), "squared contrast:", contrast.sum());

  const clamped = clampFrame(southMean, full(4, 3.5));
  clamped.iadd(0.25);
  console.log("clamped south (+0.25):", clamped.tolist());
  console.log("clamped north (default limit):", clampFrame(northMean).tolist());

  const corrected = await baselineCorrected(3, northMean);
  corrected.set(0, 0);
  console.log("frame 3 against north baseline:", corrected.tolist(), "baseline:", northMean.tolist());

  const everything = await readAll();
  const stacked = everything.reduce((acc, f) => acc.add(f), zeros(4));
  stacked.idiv(everything.length);
  console.log("mean of doubled frames:", stacked.tolist());
  console.log("first doubled frame:", everything[0].tolist());

  const lastFrame = await fetchFrame(rawFrames[rawFrames.length - 1].id);
  lastFrame.sort();
  console.log("sorted last frame:", lastFrame.tolist(), "source:", rawFrames[3].values.tolist());
}

main().catch((err: unknown) => {
  console.error("ingest failed:", err);
  process.exitCode = 1;
});
