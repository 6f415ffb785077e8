// Loads feature shards and labels concurrently, stitches the shards into one matrix, standardises it and rescales the regression targets.
// runnable
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

const SHARDS: number[][][] = [
  [[1.0, 10], [2.0, 12], [3.0, 11]],
  [[4.0, 15], [5.0, 13], [6.0, 14]],
];
const LABELS = [3.5, 4.0, 5.5, 7.0, 8.5, 9.0];

async function fetchShard(id: number): Promise<NDArray> {
  await sleep(5 * (SHARDS.length - id));
  return array(SHARDS[id]);
}

async function fetchLabels(): Promise<NDArray> {
  await sleep(2);
  return array(LABELS);
}

export async function loadFeatures(): Promise<NDArray> {
  const shards = await Promise.all(SHARDS.map((_, i) => fetchShard(i)));
  const rows = shards.reduce((n, s) => n + s.shape[0], 0);
  const full = zeros([rows, shards[0].shape[1]]);
  let start = 0;
  for (const shard of shards) {
    full.slice(`${start}:${start + shard.shape[0]}`).assign(":", shard);
    start += shard.shape[0];
  }
  return full;
}

function columnStats(x: NDArray): { mean: number[]; std: number[] } {
  const mean: number[] = [];
  const std: number[] = [];
  for (let j = 0; j < x.shape[1]; j++) {
    const col = x.slice(":", j);
    const mu = col.mean();
    const centered = col.sub(mu);
    mean.push(mu);
    std.push(Math.sqrt(centered.mul(centered).mean()) || 1);
  }
  return { mean, std };
}

async function main(): Promise<void> {
  const [dataset, labels] = await Promise.all([loadFeatures(), fetchLabels()]);
  const validation = dataset.slice("-2:");
  const { mean, std } = columnStats(dataset.slice(":-2"));
  console.log("training mean:", mean, "training std:", std);

  dataset.assign(":", dataset.sub(array(mean)).div(array(std))); // expect: no-view-mutation
  console.log("standardised training rows:", dataset.slice(":-2").tolist());

  const targets = labels;
  targets.idiv(labels.max()); // expect: no-alias-mutation
  console.log("targets in [0, 1]:", targets.tolist());

  const summary = {
    rawValidationRows: validation.tolist(),
    labelRange: [labels.min(), labels.max()],
  };
  console.log("report:", JSON.stringify(summary));
}

main().then(
  () => console.log("done"),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
