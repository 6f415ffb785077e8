// EEG epoch screening: a recording iterates over its channels, artefact suppression and peak-to-peak amplitudes run per channel, then the grand average is reported.
// runnable
import { array, NDArray } from "ndalias";

class Recording implements Iterable<NDArray> {
  constructor(readonly label: string, readonly data: NDArray) {}

  get channelCount(): number {
    return this.data.shape[0];
  }

  *[Symbol.iterator](): Generator<NDArray> {
    for (let c = 0; c < this.channelCount; c++) {
      yield this.data.slice(c);
    }
  }
}

interface ChannelReport {
  index: number;
  mean: number;
  peakToPeak: number;
}

const ARTIFACT_LIMIT = 80;

function suppressArtifacts(rec: Recording, limit: number): void {
  Array.from(rec).forEach((channel, c) => {
    if (channel.max() > limit) {
      console.log(`channel ${c} exceeds ${limit} uV, zeroing`);
      channel.copy().fill(0); // expect: no-lost-write
    }
  });
}

function channelMeans(rec: Recording): number[] {
  return Array.from(rec, (channel) => channel.mean());
}

function peakToPeak(rec: Recording): number[] {
  const result: number[] = [];
  for (const channel of rec) {
    channel.isub(channel.min()); // expect: no-view-mutation
    result.push(channel.max());
  }
  return result;
}

function zScored(rec: Recording): NDArray[] {
  return [...rec].map((channel) => {
    const z = channel.sub(channel.mean());
    z.idiv(Math.sqrt(z.mul(z).mean()) || 1);
    return z;
  });
}

function grandAverage(rec: Recording): NDArray {
  const channels = [...rec];
  return channels.reduce((sum, ch) => sum.add(ch)).div(channels.length);
}

function report(rec: Recording): ChannelReport[] {
  const means = channelMeans(rec);
  const p2p = peakToPeak(rec);
  return means.map((mean, index) => ({ index, mean, peakToPeak: p2p[index] }));
}

const epoch = new Recording(
  "subject-07/epoch-3",
  array([
    [12, 15, -8, -20, 5, 9],
    [3, 95, 110, -40, 2, 1],
    [-6, -4, 10, 14, 8, -2],
  ]),
);

console.log("recording:", epoch.label, "channels:", epoch.channelCount);
suppressArtifacts(epoch, ARTIFACT_LIMIT);

const zs = zScored(epoch);
console.log("z-score extremes:", zs.map((z) => z.max().toFixed(2)).join(" "));

const rows = report(epoch);
rows.forEach((r) => {
  console.log(`ch${r.index}: mean=${r.mean.toFixed(1)} p2p=${r.peakToPeak}`);
});

const average = grandAverage(epoch);
console.log("grand average:", (average.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));
console.log("raw channel 0:", epoch.data.slice(0).tolist());
