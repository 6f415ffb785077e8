// Cell voltage history kept in a ring buffer per module: median filtering of a cell trace, sag depth under load and the lowest recorded cell.
import { array, zeros, NDArray } from "ndalias";

const WINDOW = 8;
const NOMINAL_V = 3.7;

class VoltageHistory {
  readonly samples: NDArray;
  private head = 0;
  private count = 0;

  constructor(readonly cells: number) {
    this.samples = zeros([WINDOW, cells]);
  }

  push(reading: NDArray): void {
    this.samples.slice(this.head).assign(":", reading);
    this.head = (this.head + 1) % WINDOW;
    this.count = Math.min(this.count + 1, WINDOW);
  }

  filled(): number {
    return this.count;
  }

  newest(): NDArray {
    const idx = (this.head + WINDOW - 1) % WINDOW;
    return this.samples.slice(idx);
  }

  cellTrace(cell: number): NDArray {
    return this.samples.slice(":", cell);
  }

  lowestRecorded(): number {
    const flat = this.samples.ravel();
    flat.sort(); // expect: no-view-mutation
    let i = 0;
    while (i < flat.size - 1 && flat.get(i) === 0) i++;
    return flat.get(i);
  }

  highestRecorded(): number {
    return this.samples.max();
  }
}

function medianOfTrace(trace: NDArray): number {
  const sorted = trace.copy();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function sagDepth(trace: NDArray, nominal: number): number {
  const recent = trace.slice("-4:");
  recent.sort(); // expect: no-view-mutation
  return nominal - recent.get(0);
}

function traceRipple(trace: NDArray): number {
  const mu = trace.mean();
  const centred = trace.sub(mu);
  return Math.sqrt(centred.mul(centred).mean());
}

function formatCells(v: NDArray): string {
  return (v.tolist() as number[]).map((x) => x.toFixed(3)).join(" ");
}

const history = new VoltageHistory(3);
const readings = [
  [3.712, 3.708, 3.715],
  [3.705, 3.701, 3.709],
  [3.651, 3.644, 3.657],
  [3.642, 3.63, 3.649],
  [3.668, 3.659, 3.671],
  [3.688, 3.681, 3.69],
  [3.695, 3.69, 3.699],
  [3.701, 3.694, 3.704],
];
for (const r of readings) {
  history.push(array(r));
}

console.log("samples stored:", history.filled());
console.log("newest:", formatCells(history.newest()));

for (let c = 0; c < history.cells; c++) {
  const trace = history.cellTrace(c);
  const median = medianOfTrace(trace);
  const ripple = traceRipple(trace);
  console.log(`cell ${c}: median ${median.toFixed(3)} V, ripple ${(ripple * 1000).toFixed(1)} mV`);
}

const weakest = history.cellTrace(1);
console.log("sag depth on cell 1:", sagDepth(weakest, NOMINAL_V).toFixed(3));
console.log("cell 1 trace:", formatCells(weakest));

console.log("lowest recorded cell:", history.lowestRecorded().toFixed(3));
console.log("highest recorded cell:", history.highestRecorded().toFixed(3));
