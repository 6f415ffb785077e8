// Monitoring helpers: closures that only read captured arrays, a counter whose closures share one captured buffer, a class whose getter returns copies, own-path field updates, a void clipper and chained view updates.
import { arange, array, zeros, NDArray } from "ndalias";

const thresholds = array([0.5, 0.75, 0.9]);

function makeClassifier(): (score: number) => number {
  return (score) => {
    let level = 0;
    for (let i = 0; i < thresholds.size; i++) if (score >= thresholds.get(i)) level = i + 1;
    return level;
  };
}

function makeCounter(n: number): { bump: (i: number) => void; total: () => number } {
  const counts = zeros(n);
  return {
    bump: (i) => {
      counts.set(i, counts.get(i) + 1);
    },
    total: () => counts.sum(),
  };
}

class Monitor {
  private readonly readings: NDArray;
  private count = 0;
  constructor(n: number) {
    this.readings = zeros(n);
  }
  record(x: number): void {
    this.readings.set(this.count % this.readings.size, x);
    this.count++;
  }
  get snapshot(): NDArray {
    return this.readings.copy();
  }
  decay(k: number): number {
    this.readings.imul(k);
    return this.readings.sum();
  }
}

function clipInPlace(x: NDArray, hi: number): void {
  for (let i = 0; i < x.size; i++) if (x.get(i) > hi) x.set(i, hi);
}

const classify = makeClassifier();
const counter = makeCounter(4);
const monitor = new Monitor(4);

const scores = array([0.2, 1.4, 0.7, 3]);
clipInPlace(scores, 1);
for (const s of scores.tolist() as number[]) {
  const level = classify(s);
  counter.bump(level);
  monitor.record(s);
}
console.log("levels seen:", counter.total());

thresholds.slice("1:").iadd(0.05);
console.log("level of 0.78 after raising thresholds:", classify(0.78));

const snap = monitor.snapshot;
snap.isub(snap.mean());
console.log("centred snapshot:", snap.tolist(), "decayed total:", monitor.decay(0.5));
console.log("second snapshot:", monitor.snapshot.tolist());

const ranks = arange(5);
ranks.slice("1:").iadd(1);
ranks.slice("::2").imul(10);
console.log("ranks:", ranks.tolist(), "clipped scores:", scores.tolist());
