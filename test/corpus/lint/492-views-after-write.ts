// Sensor trace summaries: the early-window stats are read before detrending, and head/tail views are taken only after the in-place update.
import { array, linspace, zeros, NDArray } from "ndalias";

class Trace {
  samples: NDArray;
  #scratch?: NDArray;

  constructor(values: number[]) {
    this.samples = array(values);
  }

  detrend(): void {
    const n = this.samples.size;
    const slope = (this.samples.get(n - 1) - this.samples.get(0)) / (n - 1);
    this.samples.isub(linspace(0, slope * (n - 1), n));
  }

  get scratch(): NDArray {
    this.#scratch ??= zeros(this.samples.size);
    return this.#scratch;
  }

  summary(): string {
    const head = this.samples.slice(":3");
    const tail = this.samples.slice("-3:");
    return `head ${head.mean().toFixed(2)} tail ${tail.mean().toFixed(2)}`;
  }
}

const trace = new Trace([2.0, 2.6, 3.1, 3.9, 4.2, 5.1, 5.4, 6.3]);

const early = trace.samples.slice(":4");
const earlyMean = early.mean();
const earlyPeak = early.max();

trace.detrend();

const head = trace.samples.slice(":3");
const late = trace.samples.slice("-3:");
const alias = trace.samples;
console.log("early mean/peak before detrend:", earlyMean, earlyPeak);
console.log("head:", head.tolist(), "late mean:", late.mean().toFixed(3));
console.log("residual energy:", alias.mul(alias).sum().toFixed(3));
console.log(trace.summary());

const readings = array([10, 12, 11, 15, 14]);
const firstTwo = readings.slice(":2").tolist();
const total = readings.sum();
readings.imul(0.1);
console.log("first two (raw):", firstTwo, "raw total:", total, "scaled:", readings.tolist());

const cache: { buf?: NDArray } = {};
cache.buf ??= zeros(4);
cache.buf.fill(1);
cache.buf.iadd(readings.slice(":4"));
console.log("cache:", cache.buf.tolist());
