// Builds a sharded replay store out of object-dtype tables, samples transitions from every shard and releases the store at the end.
// runnable
import { empty, zeros, array, refcount, memoryStats, NDArray } from "ndalias";

const SHARDS = 3;
const SHARD_SIZE = 4;
const OBS_DIM = 2;

// Slot layout of one shard table.
const OBS = 0;
const REWARD = 1;
const PARENT = 2;

function makeObs(shard: number, i: number): NDArray {
  return array([shard + i * 0.1, shard - i * 0.1]);
}

function buildStore(): NDArray {
  const store = empty(SHARDS, "object");
  for (let s = 0; s < SHARDS; s++) {
    const shard = empty(3, "object");
    const obs = zeros([SHARD_SIZE, OBS_DIM]);
    const rewards = zeros(SHARD_SIZE);
    for (let i = 0; i < SHARD_SIZE; i++) {
      obs.assign(`${i}`, makeObs(s, i));
      rewards.set(i, (s + 1) * (i % 2));
    }
    shard.set(OBS, obs);
    shard.set(REWARD, rewards);
    store.set(s, shard);
    // Back-pointer so a sampled shard can find its siblings.
    shard.set(PARENT, store); // expect: no-reference-cycle
  }
  return store;
}

function shardOf(store: NDArray, s: number): NDArray {
  return store.get(s) as NDArray;
}

function sampleBatch(store: NDArray, indices: number[]): { obs: NDArray; rewards: NDArray } {
  const obs = zeros([indices.length * SHARDS, OBS_DIM]);
  const rewards = zeros(indices.length * SHARDS);
  let row = 0;
  for (let s = 0; s < SHARDS; s++) {
    const shard = shardOf(store, s);
    const shardObs = shard.get(OBS) as NDArray;
    const shardRewards = shard.get(REWARD) as NDArray;
    const picked = shardObs.take(indices, 0);
    for (let k = 0; k < indices.length; k++) {
      obs.assign(`${row}`, picked.slice(k));
      rewards.set(row, shardRewards.get(indices[k]));
      row += 1;
    }
  }
  return { obs, rewards };
}

const before = memoryStats();
const store = buildStore();
console.log("shard tables:", store.size, "references to the store:", refcount(store));

// Reward shaping: every shard's reward table gets a small living bonus.
for (let s = 0; s < SHARDS; s++) {
  const rewards = shardOf(store, s).get(REWARD) as NDArray;
  rewards.iadd(0.01);
}

const batch = sampleBatch(store, [0, 2]);
console.log("batch obs:", batch.obs.tolist());
console.log("batch rewards:", batch.rewards.tolist(), "mean:", batch.rewards.mean().toFixed(3));

// Siblings of shard 1 are reachable through its back-pointer.
const parent = shardOf(store, 1).get(PARENT) as NDArray;
console.log("siblings reachable from shard 1:", parent.size);

// Per-shard reward totals, copied into a plain array for the report.
const totals = zeros(SHARDS);
for (let s = 0; s < SHARDS; s++) {
  totals.set(s, (shardOf(store, s).get(REWARD) as NDArray).sum());
}
console.log("reward totals:", totals.tolist());

batch.obs.dispose();
batch.rewards.dispose();
store.dispose();
const after = memoryStats();
console.log("storages before/after:", before.storages, after.storages);
