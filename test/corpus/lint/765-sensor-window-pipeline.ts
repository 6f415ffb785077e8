// Streams fixed-size chunks of a sensor feed through one frame buffer, checks continuity between chunks and prints per-chunk statistics.
// runnable
import { array, zeros, NDArray } from "ndalias";

const CHUNK = 6;
const SPIKE_LIMIT = 40;
const JUMP_WARNING = 2.5;

interface ChunkReport {
  index: number;
  mean: number;
  peak: number;
  jump: number;
}

function synthesizeFeed(chunks: number): NDArray[] {
  const feed: NDArray[] = [];
  for (let c = 0; c < chunks; c++) {
    const values: number[] = [];
    for (let i = 0; i < CHUNK; i++) {
      const t = c * CHUNK + i;
      values.push(Math.round((20 + 10 * Math.sin(t / 3)) * 100) / 100);
    }
    feed.push(array(values));
  }
  return feed;
}

function describe(report: ChunkReport): string {
  return (
    `chunk ${report.index}: mean=${report.mean.toFixed(2)} ` +
    `peak=${report.peak.toFixed(2)} jump=${report.jump.toFixed(2)}`
  );
}

// Continuity check: the first sample of a chunk should be close to the last
// sample of the chunk that came before it.
export function scanFeed(feed: NDArray[]): ChunkReport[] {
  const frame = zeros(CHUNK);
  const reports: ChunkReport[] = [];
  let previousTail = frame.slice("-2:");
  for (let c = 0; c < feed.length; c++) {
    frame.assign(":", feed[c]); // expect: no-view-mutation
    const jump = c === 0 ? 0 : Math.abs(frame.get(0) - previousTail.get(1));
    reports.push({ index: c, mean: frame.mean(), peak: frame.max(), jump });
    previousTail = frame.slice("-2:");
  }
  return reports;
}

// Same scan, keeping the previous tail as a snapshot and flattening spikes.
export function scanFeedWithSnapshots(feed: NDArray[]): ChunkReport[] {
  const frame = zeros(CHUNK);
  const reports: ChunkReport[] = [];
  let previousTail = frame.slice("-2:").copy();
  for (let c = 0; c < feed.length; c++) {
    frame.assign(":", feed[c]);
    if (frame.max() > SPIKE_LIMIT) {
      frame.slice("1:-1").fill(frame.mean());
    }
    const jump = c === 0 ? 0 : Math.abs(frame.get(0) - previousTail.get(1));
    reports.push({ index: c, mean: frame.mean(), peak: frame.max(), jump });
    previousTail = frame.slice("-2:").copy();
  }
  return reports;
}

function chunkMeans(feed: NDArray[]): NDArray {
  const means = zeros(feed.length);
  for (let c = 0; c < feed.length; c++) {
    means.set(c, feed[c].mean());
  }
  return means;
}

function flagged(reports: ChunkReport[]): number[] {
  return reports.filter((r) => r.jump > JUMP_WARNING).map((r) => r.index);
}

const feed = synthesizeFeed(4);
const quick = scanFeed(feed);
const careful = scanFeedWithSnapshots(feed);

for (let i = 0; i < quick.length; i++) {
  console.log("scan     ", describe(quick[i]));
  console.log("snapshot ", describe(careful[i]));
}

console.log("discontinuities (scan):", flagged(quick));
console.log("discontinuities (snapshot):", flagged(careful));

const means = chunkMeans(feed);
console.log("chunk means:", means.tolist(), "overall:", means.mean().toFixed(3));
