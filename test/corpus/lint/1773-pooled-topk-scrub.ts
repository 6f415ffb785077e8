// Ranks search scores with pooled scratch buffers that are scrubbed and handed back in finally blocks before the results are printed.
import { array, zeros, NDArray } from "ndalias";

class ScratchPool {
  private readonly free = new Map<number, NDArray[]>();
  handedOut = 0;

  acquire(size: number): NDArray {
    this.handedOut++;
    const list = this.free.get(size);
    return list?.pop() ?? zeros(size);
  }

  release(buffer: NDArray): void {
    this.handedOut--;
    const list = this.free.get(buffer.size) ?? [];
    list.push(buffer);
    this.free.set(buffer.size, list);
  }

  dispose(): number {
    let n = 0;
    for (const list of this.free.values()) {
      for (const b of list) {
        b.dispose();
        n++;
      }
    }
    this.free.clear();
    return n;
  }
}

const pool = new ScratchPool();

export function topKView(scores: NDArray, k: number): NDArray {
  const work = pool.acquire(scores.size);
  try {
    work.assign(":", scores);
    work.sort();
    const best = work.slice(`-${k}:`);
    return best;
  } finally {
    work.fill(0); // expect: no-view-mutation
    pool.release(work);
  }
}

export function topKCopy(scores: NDArray, k: number): NDArray {
  const work = pool.acquire(scores.size);
  try {
    work.assign(":", scores);
    work.sort();
    return work.slice(`-${k}:`).copy();
  } finally {
    work.fill(0);
    pool.release(work);
  }
}

export function rankOf(scores: NDArray, value: number): number {
  const work = pool.acquire(scores.size);
  try {
    work.assign(":", scores);
    work.sort();
    let rank = 0;
    while (rank < work.size && work.get(rank) < value) rank++;
    return work.size - rank;
  } finally {
    work.fill(0);
    pool.release(work);
  }
}

export function normalizedScores(scores: NDArray): NDArray {
  const work = pool.acquire(scores.size);
  try {
    work.assign(":", scores);
    const lo = work.min();
    const hi = work.max();
    work.isub(lo);
    work.idiv(hi - lo || 1);
    return work.copy();
  } finally {
    pool.release(work);
  }
}

function report(query: string, scores: NDArray): void {
  const safe = topKCopy(scores, 2);
  const fast = topKView(scores, 2);
  const normalized = normalizedScores(scores);
  console.log(`${query}: top two ${JSON.stringify(safe.tolist())} (view: ${JSON.stringify(fast.tolist())})`);
  console.log(`${query}: rank of 0.5 is ${rankOf(scores, 0.5)}, normalized`, normalized.tolist());
  safe.dispose();
  normalized.dispose();
}

const queries: Array<[string, NDArray]> = [
  ["ndarray aliasing", array([0.12, 0.93, 0.47, 0.66, 0.05])],
  ["buffer pools", array([0.81, 0.22, 0.58, 0.97, 0.33])],
];

for (const [query, scores] of queries) {
  report(query, scores);
}
console.log("buffers outstanding:", pool.handedOut, "buffers freed:", pool.dispose());
for (const [, scores] of queries) scores.dispose();
