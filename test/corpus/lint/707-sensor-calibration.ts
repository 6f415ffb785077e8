// Calibrates raw sensor channels against reference offsets and reports per-channel statistics and a drift summary.
// runnable
import { array, zeros, NDArray } from "ndalias";

class Box<T> {
  constructor(public value: T) {}
  map<U>(f: (v: T) => U): Box<U> {
    return new Box(f(this.value));
  }
}

interface Channel {
  id: string;
  gain: number;
  samples: NDArray;
}

class SensorBank {
  private readonly channels: Channel[] = [];
  private readonly offsets: NDArray;

  constructor(offsets: NDArray) {
    this.offsets = offsets.copy();
  }

  add(id: string, gain: number, samples: NDArray): void {
    this.channels.push({ id, gain, samples: samples.copy() });
  }

  get offsetTable(): NDArray {
    return this.offsets.copy();
  }

  find(id: string): Channel | undefined {
    return this.channels.find((c) => c.id === id);
  }

  at(i: number): Channel | undefined {
    return this.channels.at(i);
  }

  get count(): number {
    return this.channels.length;
  }

  rescale(factor: number): number {
    this.offsets.imul(factor);
    return this.offsets.sum();
  }
}

/** Removes the constant offset from a sample block in place. */
function subtractOffset(samples: NDArray, offset: number): void {
  samples.isub(offset);
}

function calibrated(channel: Channel, offset: number): NDArray {
  const out = channel.samples.mul(channel.gain);
  subtractOffset(out, offset);
  return out;
}

function spread(x: NDArray): number {
  return x.max() - x.min();
}

const bank = new SensorBank(array([0.5, -0.25, 0.1]));
bank.add("temp", 1.02, array([20.1, 20.4, 20.9, 21.3, 21.1]));
bank.add("humidity", 0.98, array([41.0, 40.2, 39.8, 40.5, 41.7]));
bank.add("pressure", 1.0, array([1012.9, 1013.4, 1013.1, 1012.6, 1012.2]));

const table = bank.offsetTable;
table.imul(2);
console.log("doubled offsets:", table.tolist(), "stored offsets:", bank.offsetTable.tolist());

const temp = bank.find("temp");
if (temp) {
  const scaled = temp.samples.copy();
  scaled.imul(temp.gain);
  console.log(`${temp.id}: scaled mean ${scaled.mean().toFixed(3)}, raw mean ${temp.samples.mean().toFixed(3)}`);
}

const last = bank.at(-1);
if (last) {
  const boxed = new Box(last.samples.copy());
  boxed.value.isub(boxed.value.min());
  const range = boxed.map(spread);
  console.log(`${last.id}: relative samples`, boxed.value.tolist(), "range", range.value.toFixed(2));
}

const offsets = bank.offsetTable;
const perChannel: NDArray[] = [];
for (let i = 0; i < bank.count; i++) {
  const channel = bank.at(i);
  if (!channel) continue;
  perChannel.push(calibrated(channel, offsets.get(i)));
}

const summary = zeros([bank.count, 2]);
for (let i = 0; i < perChannel.length; i++) {
  summary.set([i, 0], perChannel[i].mean());
  summary.set([i, 1], spread(perChannel[i]));
}

const drift = summary.astype("float32");
drift.isub(offsets.mean()); // expect: no-lost-write

const firstColumn = summary.slice(":", 0);
console.log("channel means:", firstColumn.tolist());
console.log("summary:", summary.tolist());
console.log("offset total after rescale:", bank.rescale(0.5).toFixed(3));

const pairs = [perChannel[0].copy(), perChannel[1].copy()];
pairs[0].isub(pairs[0].mean());
pairs[1].isub(pairs[1].mean());
const covariance = pairs[0].mul(pairs[1]).mean();
console.log("temp/humidity covariance:", covariance.toFixed(4));
console.log("calibrated temp still intact:", perChannel[0].tolist());
