// Latency monitor built from IIFE modules: a captured ring buffer of samples, a calibration table and a summary of recent requests.
import { array, zeros, NDArray } from "ndalias";

const Samples = (() => {
  const capacity = 8;
  const storage = zeros(capacity);
  let cursor = 0;
  let filled = 0;

  function recentSpec(n: number): string {
    const count = Math.min(n, filled);
    return `:${count}`;
  }

  return {
    push(ms: number): void {
      storage.set(cursor, ms);
      cursor = (cursor + 1) % capacity;
      filled = Math.min(filled + 1, capacity);
    },
    latest(n: number): NDArray {
      return storage.slice(recentSpec(n)).copy();
    },
    relativeRecent(n: number): number {
      const recent = storage.slice(recentSpec(n));
      recent.idiv(recent.max()); // expect: no-view-mutation
      return recent.sum();
    },
    scaleAll(k: number): number {
      storage.imul(k);
      return storage.mean();
    },
    reset(): number {
      storage.fill(0);
      cursor = 0;
      filled = 0;
      return storage.sum();
    },
    count(): number {
      return filled;
    },
  };
})();

const Calibration = (() => {
  const offsets = array([0.5, 0.5, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0]);
  return {
    corrected(raw: NDArray): NDArray {
      const n = raw.size;
      return raw.sub(offsets.slice(`:${n}`));
    },
    setOffset(i: number, ms: number): void {
      offsets.set(i, ms);
    },
    total(): number {
      return offsets.sum();
    },
  };
})();

const Summary = {
  percentile(x: NDArray, p: number): number {
    const sorted = x.flatten();
    sorted.sort();
    const idx = Math.min(sorted.size - 1, Math.floor((p / 100) * sorted.size));
    return sorted.get(idx);
  },
  line(label: string, x: NDArray): string {
    return `${label}: n=${x.size} mean=${x.mean().toFixed(2)} p90=${Summary.percentile(x, 90).toFixed(2)}`;
  },
};

const observed = [12.5, 14.1, 30.2, 11.8, 13.3, 55.0, 12.9];
for (const ms of observed) {
  Samples.push(ms);
}

const recentWindow = Samples.latest(5);
console.log(Summary.line("last five", recentWindow));

const corrected = Calibration.corrected(recentWindow);
console.log(Summary.line("corrected", corrected));

Calibration.setOffset(0, 0.75);
console.log("calibration total:", Calibration.total());

console.log("relative load of recent requests:", Samples.relativeRecent(4).toFixed(3));
console.log(Summary.line("after relative", Samples.latest(8)));

console.log("mean after unit change:", Samples.scaleAll(0.001).toFixed(5));
console.log("samples buffered:", Samples.count(), "cleared sum:", Samples.reset());
