// Cell voltage ring buffer per module: stores the newest samples, returns evicted samples on push and keeps a pack-wide minimum history.
import { array, zeros, NDArray } from "ndalias";

const PACK_MIN_HISTORY = zeros(16);
let packMinHead = 0;

function recordPackMin(v: number): number {
  const evicted = PACK_MIN_HISTORY.get(packMinHead);
  PACK_MIN_HISTORY.set(packMinHead, v);
  packMinHead = (packMinHead + 1) % PACK_MIN_HISTORY.size;
  return evicted;
}

function clearPackMin(): number {
  const n = PACK_MIN_HISTORY.size;
  PACK_MIN_HISTORY.fill(0);
  packMinHead = 0;
  return n;
}

class CellRing {
  private buf: NDArray;
  private head = 0;
  private stored = 0;

  constructor(readonly depth: number, readonly cells: number) {
    this.buf = zeros([depth, cells]);
  }

  push(sample: NDArray): NDArray {
    const evicted = this.buf.slice(this.head).copy();
    this.buf.assign(`${this.head}, :`, sample);
    this.head = (this.head + 1) % this.depth;
    this.stored = Math.min(this.stored + 1, this.depth);
    return evicted;
  }

  patchCell(row: number, cell: number, v: number): number {
    const idx = row * this.cells + cell;
    const old = this.buf.data[idx] as number;
    this.buf.data[idx] = v;
    return old;
  }

  rescale(gain: number): number {
    this.buf.imul(gain);
    return this.buf.max();
  }

  cellMean(cell: number): number {
    const trace = this.buf.slice(`:${this.stored}`, cell);
    return trace.mean();
  }

  snapshot(): NDArray {
    return this.buf.copy();
  }

  count(): number {
    return this.stored;
  }
}

const ring = new CellRing(4, 3);
const samples = [
  [3.701, 3.698, 3.705],
  [3.699, 3.694, 3.704],
  [3.688, 3.681, 3.69],
  [3.692, 3.687, 3.696],
  [3.697, 3.69, 3.701],
  [3.7, 3.693, 3.703],
];

for (const s of samples) {
  const sample = array(s);
  const evicted = ring.push(sample);
  const evictedMin = evicted.min();
  if (evictedMin > 0) console.log("evicted sample min:", evictedMin.toFixed(3));
  recordPackMin(sample.min());
}

const glitchOld = ring.patchCell(1, 2, 3.699);
console.log("patched glitch, old value:", glitchOld.toFixed(3));

for (let c = 0; c < ring.cells; c++) {
  console.log(`cell ${c} mean over ${ring.count()} samples: ${ring.cellMean(c).toFixed(4)}`);
}

const before = ring.snapshot();
const newMax = ring.rescale(1.0004);
console.log("max after sensor rescale:", newMax.toFixed(4));
console.log("snapshot before rescale:", before.tolist());

console.log("pack min history:", PACK_MIN_HISTORY.tolist());
console.log("cleared entries:", clearPackMin());
console.log("pack min history after clear:", PACK_MIN_HISTORY.sum());
