// Polls a three-channel strain gauge through a custom async iterator with drift-compensated calibration, archives frames and reports channel averages.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

const CALIBRATION = array([1.02, 0.98, 1.01]);
const LAST_FRAME = zeros(3);
const DRIFT_PER_POLL = 0.001;
const SPIKE_LIMIT = 500;

interface RawSample {
  t: number;
  counts: number[];
}

class GaugePoller implements AsyncIterable<NDArray> {
  private polls = 0;

  constructor(
    private readonly samples: RawSample[],
    private readonly intervalMs: number,
  ) {}

  get pollCount(): number {
    return this.polls;
  }

  [Symbol.asyncIterator](): AsyncIterator<NDArray> {
    let index = 0;
    return {
      next: async (): Promise<IteratorResult<NDArray>> => {
        if (index >= this.samples.length) {
          return { value: undefined, done: true };
        }
        await sleep(this.intervalMs);
        const raw = array(this.samples[index++].counts);
        this.polls++;
        // the gauge drifts a little with every poll
        const table = CALIBRATION;
        table.imul(1 + DRIFT_PER_POLL * this.polls); // expect: no-alias-mutation
        const frame = raw.mul(CALIBRATION);
        LAST_FRAME.assign(":", frame);
        return { value: frame, done: false };
      },
    };
  }
}

function findSpike(frame: NDArray): number {
  for (let i = 0; i < frame.size; i++) {
    if (Math.abs(frame.get(i)) > SPIKE_LIMIT) return i;
  }
  return -1;
}

function neighbourAverage(frame: NDArray, i: number): number {
  const left = frame.get((i + frame.size - 1) % frame.size);
  const right = frame.get((i + 1) % frame.size);
  return (left + right) / 2;
}

async function monitor(poller: AsyncIterable<NDArray>): Promise<number[][]> {
  const archive: number[][] = [];
  const sums = zeros(3);
  let count = 0;
  for await (const frame of poller) {
    sums.iadd(frame);
    count++;
    const spike = findSpike(frame);
    if (spike >= 0) {
      const despiked = frame.copy();
      despiked.set(spike, neighbourAverage(frame, spike)); // expect: no-lost-write
    }
    archive.push(frame.tolist() as number[]);
  }
  console.log("channel averages:", sums.div(Math.max(count, 1)).tolist());
  return archive;
}

function lastFrameSummary(): string {
  return `last frame total ${LAST_FRAME.sum().toFixed(2)}, calibration ${CALIBRATION.tolist()}`;
}

const poller = new GaugePoller(
  [
    { t: 0, counts: [120, 80, 95] },
    { t: 1, counts: [122, 900, 97] },
    { t: 2, counts: [119, 82, 96] },
  ],
  5,
);

monitor(poller)
  .then((archive) => {
    console.log("archived frames:", archive.length, "polls:", poller.pollCount);
    console.log(lastFrameSummary());
  })
  .catch((err: unknown) => {
    console.error("monitoring failed:", err);
  });
