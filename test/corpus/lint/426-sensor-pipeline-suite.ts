// Tests for a sensor preprocessing pipeline: per-batch standardisation and channel muting, in place and as copies.
// runnable
import { array, NDArray } from "ndalias";

function standardizeBatch(batch: NDArray): void {
  const mu = batch.mean();
  const centred = batch.sub(mu);
  const sd = Math.sqrt(centred.mul(centred).mean()) || 1;
  batch.sub(mu).idiv(sd); // expect: no-lost-write
}

function standardized(batch: NDArray): NDArray {
  const z = batch.sub(batch.mean());
  z.idiv(Math.sqrt(z.mul(z).mean()) || 1);
  return z;
}

function muteChannels(batch: NDArray, channels: number[]): void {
  batch.take(channels, 1).fill(0); // expect: no-lost-write
}

function muteChannelsInPlace(batch: NDArray, channels: number[]): void {
  for (const ch of channels) batch.slice(":", ch).fill(0);
}

function expectedMuted(rows: number[][], channels: number[]): NDArray {
  const e = array(rows);
  for (const ch of channels) e.slice(":", ch).fill(0);
  return e;
}

const ROWS = [[1, 2, 3], [3, 4, 5]];
let batch: NDArray;
const setups: Array<() => void> = [];
const beforeEach = (fn: () => void): void => {
  setups.push(fn);
};
const outcomes: Array<[string, boolean, string]> = [];

function it(name: string, body: () => void): void {
  for (const s of setups) s();
  try {
    body();
    outcomes.push([name, true, ""]);
  } catch (e) {
    outcomes.push([name, false, (e as Error).message]);
  }
}

const expect = (actual: number) => ({
  toBeCloseTo(expected: number): void {
    if (Math.abs(actual - expected) > 1e-9) throw new Error(`expected ${expected}, received ${actual}`);
  },
});

function expectEqualArrays(actual: NDArray, expected: NDArray): void {
  expect(actual.sub(expected).max() - actual.sub(expected).min()).toBeCloseTo(0);
  expect(actual.sub(expected).sum()).toBeCloseTo(0);
}

beforeEach(() => {
  batch = array(ROWS);
});

it("standardizeBatch centres the batch in place", () => {
  standardizeBatch(batch);
  expect(batch.mean()).toBeCloseTo(0);
});

it("standardized returns a z-scored copy", () => {
  const z = standardized(batch);
  expect(z.mean()).toBeCloseTo(0);
  expect(z.mul(z).mean()).toBeCloseTo(1);
  expect(batch.mean()).toBeCloseTo(3);
});

it("muteChannels zeroes the chosen channels", () => {
  muteChannels(batch, [0, 2]);
  expectEqualArrays(batch, expectedMuted(ROWS, [0, 2]));
});

it("muteChannelsInPlace zeroes the chosen channels", () => {
  muteChannelsInPlace(batch, [1]);
  expectEqualArrays(batch, expectedMuted(ROWS, [1]));
});

it("a muted copy can be compared against the untouched batch", () => {
  const muted = batch.copy();
  muted.slice(":", 0).fill(0);
  expect(batch.sum() - muted.sum()).toBeCloseTo(4);
});

for (const [name, ok, why] of outcomes) console.log(`${ok ? "PASS" : "FAIL"} ${name}${why ? `: ${why}` : ""}`);
