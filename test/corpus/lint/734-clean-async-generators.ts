// Streaming feature store: an async loader hands out copies of cached frames, a generator yields windows, and closure jobs reset counters.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

const cacheStore = new Map<string, NDArray>();

async function loadFrame(key: string): Promise<NDArray> {
  let hit = cacheStore.get(key);
  if (!hit) {
    await sleep(1);
    hit = array([3, 1, 4, 1, 5, 9, 2, 6]);
    cacheStore.set(key, hit);
  }
  return hit.copy();
}

function* windows(buf: NDArray, width: number): Generator<NDArray> {
  for (let i = 0; i + width <= buf.size; i += width) {
    yield buf.slice(`${i}:${i + width}`);
  }
}

function* normalisedWindows(buf: NDArray, width: number): Generator<NDArray> {
  for (const w of windows(buf, width)) {
    const out = w.copy();
    out.idiv(out.max());
    yield out;
  }
}

const counters = zeros(3);
const jobs = new Map<string, () => number>();
jobs.set("count", () => {
  counters.iadd(1);
  return counters.sum();
});
jobs.set("reset", () => {
  counters.fill(0);
  return counters.sum();
});

const frame = await loadFrame("cam0");
frame.imul(2);
console.log("doubled frame:", frame.tolist());

const again = await loadFrame("cam0");
again.iadd(1);

let total = 0;
for (const w of windows(again, 4)) total += w.sum();
console.log("window total:", total, "frame sum:", again.sum());

for (const w of normalisedWindows(again, 2)) {
  w.imul(10);
  console.log("normalised window x10:", w.tolist());
}

again.slice("0:2").fill(0);
for (const w of windows(again, 2)) console.log("window after clear:", w.tolist());

for (const [name, job] of jobs) console.log(`job ${name}:`, job());
console.log("counters:", counters.tolist());
