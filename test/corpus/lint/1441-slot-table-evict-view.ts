// Fixed-slot embedding cache kept in one 2-D table: inserts by slot, evicts the least recently used row, and decays the table between epochs.
import { array, zeros, NDArray } from "ndalias";

const SLOTS = 4;
const DIM = 3;

const table = zeros([SLOTS, DIM]);
const lastUsed: number[] = new Array<number>(SLOTS).fill(-1);
const keyOfSlot: (string | null)[] = new Array<string | null>(SLOTS).fill(null);
const slotOfKey = new Map<string, number>();
let clock = 0;

function leastRecentlyUsed(): number {
  let victim = 0;
  for (let s = 1; s < SLOTS; s++) {
    if (lastUsed[s] < lastUsed[victim]) victim = s;
  }
  return victim;
}

function evict(victim: number): void {
  const key = keyOfSlot[victim];
  if (key === null) return;
  const evicted = table.slice(victim);
  table.slice(victim).fill(0); // expect: no-view-mutation
  slotOfKey.delete(key);
  keyOfSlot[victim] = null;
  lastUsed[victim] = -1;
  console.log(`evicted ${key} from slot ${victim}:`, evicted.tolist());
}

function insert(key: string, embedding: NDArray): void {
  let slot = slotOfKey.get(key);
  if (slot === undefined) {
    slot = keyOfSlot.indexOf(null);
    if (slot < 0) {
      slot = leastRecentlyUsed();
      evict(slot);
    }
    slotOfKey.set(key, slot);
    keyOfSlot[slot] = key;
  }
  table.slice(slot).assign(":", embedding);
  lastUsed[slot] = clock++;
}

function lookup(key: string): NDArray | null {
  const slot = slotOfKey.get(key);
  if (slot === undefined) return null;
  lastUsed[slot] = clock++;
  return table.slice(slot).copy();
}

function similarity(key: string, query: NDArray): number {
  const slot = slotOfKey.get(key);
  if (slot === undefined) return 0;
  const row = table.slice(slot);
  return row.mul(query).sum();
}

function decayEpoch(factor: number): void {
  const pinnedSnapshot = table.slice(0);
  table.imul(factor); // expect: no-view-mutation
  console.log("pinned slot before decay:", pinnedSnapshot.tolist());
}

insert("cat", array([0.9, 0.1, 0.0]));
insert("dog", array([0.8, 0.3, 0.1]));
insert("car", array([0.0, 0.2, 0.9]));
insert("bus", array([0.1, 0.1, 0.8]));

const cat = lookup("cat");
console.log("cat:", cat?.tolist());
console.log("similarity(dog, cat):", cat ? similarity("dog", cat).toFixed(3) : "n/a");

insert("tram", array([0.2, 0.0, 0.7]));
insert("dog", array([0.7, 0.35, 0.15]));

decayEpoch(0.5);

for (const [key, slot] of slotOfKey) {
  console.log(`slot ${slot} (${key}) last used ${lastUsed[slot]}:`, table.slice(slot).tolist());
}
const query = array([0.0, 0.1, 1.0]);
let bestKey = "";
let bestScore = -Infinity;
for (const key of slotOfKey.keys()) {
  const score = similarity(key, query);
  if (score > bestScore) {
    bestScore = score;
    bestKey = key;
  }
}
console.log("closest to query:", bestKey, bestScore.toFixed(3));
console.log("table total:", table.sum().toFixed(3));
