// Checkpoint catalog script: module-level object-dtype catalog of tensors, a parent-linked version tree and a plain ring of job records.
import { empty, zeros, ones, array, NDArray, refcount, memoryStats } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

interface Version {
  tag: string;
  weights: NDArray;
  parent: Version | null;
}

interface Job {
  id: number;
  status: string;
  next: Job | null;
}

const CATALOG = empty(5, "object");
const SHARDS = empty(2, "object");
const VERSIONS: Version[] = [];
const STORAGE = { root: "/ckpt", compress: true, keep: 3 };
const ARCHIVE = { ...STORAGE, root: "/archive", keep: 10 };

function commit(tag: string, weights: NDArray, parent: Version | null): Version {
  const v: Version = { tag, weights, parent };
  VERSIONS.push(v);
  return v;
}

function catalogue(slot: number, v: Version): number {
  CATALOG.set(slot, v.weights);
  return refcount(v.weights);
}

function shardCatalog(): number {
  const left = empty(2, "object");
  const right = empty(2, "object");
  left.set(0, CATALOG.get(0));
  left.set(1, CATALOG.get(1));
  right.set(0, CATALOG.get(2));
  right.set(1, zeros(4));
  SHARDS.set(0, left);
  SHARDS.set(1, right);
  return SHARDS.size;
}

function makeJobRing(count: number): Job {
  const first: Job = { id: 0, status: "queued", next: null };
  let last = first;
  for (let i = 1; i < count; i++) {
    const job: Job = { id: i, status: "queued", next: null };
    last.next = job;
    last = job;
  }
  last.next = first;
  return first;
}

function lineage(v: Version): string[] {
  const tags: string[] = [];
  for (let cur: Version | null = v; cur; cur = cur.parent) tags.push(cur.tag);
  return tags;
}

function norm(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

const base = commit("v1", ones(4), null);
const tuned = commit("v2", base.weights.add(array([0.1, -0.1, 0.2, 0])), base);
const pruned = commit("v3", tuned.weights.mul(array([1, 0, 1, 1])), tuned);

await delay(1);
console.log("refs after cataloguing:", catalogue(0, base), catalogue(1, tuned), catalogue(2, pruned));
console.log("shards:", shardCatalog(), "lineage of v3:", lineage(pruned).join(" <- "));

const ring = makeJobRing(3);
for (let j = ring, n = 0; n < 4; j = j.next ?? ring, n++) {
  console.log(`job ${j.id}: ${j.status}`);
}

for (const v of VERSIONS) {
  console.log(`${v.tag}: |w|=${norm(v.weights).toFixed(3)} keep<=${v === pruned ? ARCHIVE.keep : STORAGE.keep}`);
}
const stats = memoryStats();
console.log("storages:", stats.storages, "handles:", stats.handles, "root:", ARCHIVE.root);
