// In-place preprocessing for incoming frame batches: void cleaning helpers, a batch event handler and per-column centring.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

type ColumnMap = Record<string, NDArray>;

function replaceNaN(col: NDArray, value: number): void {
  for (let i = 0; i < col.size; i++) {
    if (Number.isNaN(col.get(i))) col.set(i, value);
  }
}

function blankWarmup(col: NDArray, periods: number): void {
  const head = col.slice(`:${periods}`);
  head.fill(0);
}

class Preprocessor {
  private readonly columns: ColumnMap;
  private batches = 0;

  constructor(columns: ColumnMap) {
    this.columns = columns;
  }

  clean(fill: number): void {
    for (const name of Object.keys(this.columns)) {
      replaceNaN(this.columns[name], fill);
    }
  }

  centre(): void {
    Object.values(this.columns).forEach((c) => c.isub(c.mean()));
  }

  attach(bus: EventEmitter): void {
    bus.on("batch", (batch: NDArray) => {
      replaceNaN(batch, 0);
      batch.imul(0.5);
      this.batches += 1;
    });
  }

  get processed(): number {
    return this.batches;
  }
}

const columns: ColumnMap = {
  temp: array([21.5, Number.NaN, 22.1, 23.0, Number.NaN]),
  humidity: array([40, 42, Number.NaN, 45, 47]),
};

const pre = new Preprocessor(columns);
pre.clean(0);
blankWarmup(columns.temp, 1);
pre.centre();
console.log("temp:", columns.temp.tolist(), "humidity:", columns.humidity.tolist());

const bus = new EventEmitter();
pre.attach(bus);
const incoming = array([1, Number.NaN, 3]);
bus.emit("batch", incoming);
console.log("batches:", pre.processed, "incoming after handler:", incoming.tolist());
