// A shared preprocessing singleton that rescales, clamps and centres incoming batches in place via void helpers, callbacks and events.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

function clampInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    const v = x.data[i] as number;
    x.data[i] = Math.min(hi, Math.max(lo, v));
  }
}

function centreInPlace(x: NDArray): void {
  x.isub(x.mean());
}

function zeroHeaderRow(table: NDArray): void {
  const header = table.slice(0);
  header.fill(0);
}

class Preprocessor {
  private static shared: Preprocessor | undefined;
  readonly events = new EventEmitter();
  private processed = 0;
  scale = 0.5;

  static get(): Preprocessor {
    return (this.shared ??= new Preprocessor());
  }

  private constructor() {
    this.events.on("batch", (b: NDArray) => b.imul(this.scale));
    this.events.on("batch", (b: NDArray) => {
      clampInPlace(b, -3, 3);
    });
  }

  process(batches: NDArray[]): void {
    batches.forEach((b) => this.events.emit("batch", b));
    batches.forEach((b) => centreInPlace(b));
    batches.forEach((b) => b.slice(":", 0).fill(0));
    this.processed += batches.length;
  }

  processTables(tables: NDArray[]): void {
    for (const t of tables) {
      zeroHeaderRow(t);
    }
    this.processed += tables.length;
  }

  count(): number {
    return this.processed;
  }
}

// Summaries only read the batches.
function batchSummary(batch: NDArray): string {
  return `mean=${batch.mean().toFixed(3)} min=${batch.min().toFixed(3)} max=${batch.max().toFixed(3)}`;
}

function spread(batches: NDArray[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  batches.forEach((b) => {
    lo = Math.min(lo, b.min());
    hi = Math.max(hi, b.max());
  });
  return hi - lo;
}

const batches = [
  array([[9, -3, 4], [1, 12, -7]]),
  array([[2, 2, 2], [0.5, -0.5, 8]]),
];
const tables = [array([[100, 200], [3, 4], [5, 6]])];

const pre = Preprocessor.get();
console.log("raw spread:", spread(batches));
pre.process(batches);
pre.processTables(tables);

batches.forEach((b, i) => console.log(`batch ${i}:`, b.tolist(), batchSummary(b)));
console.log("table:", tables[0].tolist());
console.log("processed:", Preprocessor.get().count(), "spread now:", spread(batches).toFixed(3));
