// Sensor ring buffers: a base class keeps the last N samples, a subclass clamps spikes and reports a decayed trend for the dashboard.
import { zeros, NDArray } from "ndalias";

class RingBuffer {
  protected buf: NDArray;
  protected count = 0;
  static created = 0;

  constructor(readonly capacity: number) {
    this.buf = zeros(capacity);
    RingBuffer.created++;
  }

  push(value: number): void {
    const shifted = this.buf.slice("1:").copy();
    this.buf.assign(`:${this.capacity - 1}`, shifted);
    this.buf.set(this.capacity - 1, value);
    this.count = Math.min(this.count + 1, this.capacity);
  }

  window(n: number): NDArray {
    return this.buf.slice(`${this.capacity - n}:`);
  }

  latest(): number {
    return this.buf.get(this.capacity - 1);
  }

  get filled(): boolean {
    return this.count === this.capacity;
  }

  average(): number {
    const valid = this.buf.slice(`${this.capacity - this.count}:`);
    return this.count === 0 ? 0 : valid.mean();
  }
}

class TrendRing extends RingBuffer {
  private spikeLimit: number;
  private decay: number;

  constructor(capacity: number, spikeLimit: number, decay: number) {
    super(capacity);
    this.spikeLimit = spikeLimit;
    this.decay = decay;
  }

  set limit(value: number) {
    this.spikeLimit = Math.abs(value);
  }

  get limit(): number {
    return this.spikeLimit;
  }

  clampedAverage(recent: number): number {
    const tail = this.buf.slice(`${this.capacity - recent}:`);
    for (let i = 0; i < tail.size; i++) {
      if (tail.get(i) > this.spikeLimit) {
        tail.set(i, this.spikeLimit); // expect: no-view-mutation
      }
    }
    return this.buf.mean();
  }

  decayedTrend(recent: number): number {
    const tail = this.buf.slice(`${this.capacity - recent}:`);
    const before = tail.mean();
    this.buf.imul(this.decay); // expect: no-view-mutation
    return tail.mean() - before;
  }

  spikeCount(): number {
    let spikes = 0;
    for (let i = 0; i < this.capacity; i++) {
      if (this.buf.get(i) > this.spikeLimit) spikes++;
    }
    return spikes;
  }

  reset(): void {
    this.buf.fill(0);
    this.count = 0;
  }
}

function feed(ring: RingBuffer, samples: number[]): void {
  for (const s of samples) ring.push(s);
}

const temperature = new TrendRing(8, 40, 0.9);
feed(temperature, [21.5, 22.0, 22.4, 55.0, 23.1, 23.3, 23.8, 24.2]);

const lastFour = temperature.window(4);
console.log("filled:", temperature.filled, "latest:", temperature.latest());
console.log("last four:", lastFour.tolist(), "mean:", lastFour.mean());
console.log("spikes:", temperature.spikeCount(), "average:", temperature.average());

temperature.limit = 30;
console.log("clamped average:", temperature.clampedAverage(5), "limit:", temperature.limit);
console.log("decayed trend:", temperature.decayedTrend(3));

const humidity = new RingBuffer(4);
feed(humidity, [0.41, 0.43]);
console.log("humidity average:", humidity.average(), "buffers:", RingBuffer.created);

temperature.reset();
console.log("after reset:", temperature.average());
