// Streaming ingest: sample chunks from an async source are kept in a doubly linked window that aggregators walk both ways.
import { array, zeros, NDArray } from "ndalias";

class Chunk {
  prev: Chunk | null = null;
  next: Chunk | null = null;
  constructor(readonly seq: number, readonly samples: NDArray) {}
}

class ChunkWindow {
  head: Chunk | null = null;
  tail: Chunk | null = null;
  length = 0;
  readonly totals = zeros(2);

  append(seq: number, samples: NDArray): Chunk {
    const node = new Chunk(seq, samples);
    const last = this.tail;
    if (last) {
      last.next = node;
      node.prev = last; // expect: no-reference-cycle
    } else {
      this.head = node;
    }
    this.tail = node;
    this.length++;
    this.totals.iadd(array([samples.size, samples.sum()]));
    return node;
  }

  evictOldest(): number {
    const first = this.head;
    if (!first) return 0;
    this.head = first.next;
    if (this.head) {
      this.head.prev = null;
    } else {
      this.tail = null;
    }
    first.next = null;
    this.length--;
    this.totals.isub(array([first.samples.size, first.samples.sum()]));
    return first.seq;
  }

  mean(): number {
    const count = this.totals.get(0);
    return count === 0 ? 0 : this.totals.get(1) / count;
  }

  recentMeans(limit: number): number[] {
    const out: number[] = [];
    let node = this.tail;
    while (node && out.length < limit) {
      out.push(node.samples.mean());
      node = node.prev;
    }
    return out;
  }
}

interface Summary {
  chunks: number;
  evicted: number[];
  windowMean: number;
  recent: number[];
  spread: number;
}

async function* chunksFrom(source: number[][], delayEvery: number): AsyncGenerator<NDArray> {
  for (let i = 0; i < source.length; i++) {
    if (i % delayEvery === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    yield array(source[i]);
  }
}

async function aggregate(stream: AsyncIterable<NDArray>, maxChunks: number): Promise<Summary> {
  const window = new ChunkWindow();
  const evicted: number[] = [];
  const extremes = zeros(2);
  extremes.set(0, Infinity);
  extremes.set(1, -Infinity);
  let seq = 0;

  for await (const samples of stream) {
    window.append(seq++, samples);
    extremes.set(0, Math.min(extremes.get(0), samples.min()));
    extremes.set(1, Math.max(extremes.get(1), samples.max()));
    if (window.length > maxChunks) {
      evicted.push(window.evictOldest());
    }
  }

  return {
    chunks: seq,
    evicted,
    windowMean: window.mean(),
    recent: window.recentMeans(3),
    spread: extremes.get(1) - extremes.get(0),
  };
}

const source = [
  [1, 2, 3],
  [4, 5],
  [6, 7, 8, 9],
  [2, 2],
  [10, 0, 5],
];
const summary = await aggregate(chunksFrom(source, 2), 3);
console.log("chunks:", summary.chunks, "evicted:", summary.evicted);
console.log("window mean:", summary.windowMean.toFixed(3), "recent:", summary.recent, "spread:", summary.spread);
