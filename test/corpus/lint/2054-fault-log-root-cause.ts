// Fault manager: records voltage and temperature faults with a cell snapshot, chains secondary faults to a root cause and archives pages of snapshots.
import { array, empty, NDArray } from "ndalias";

type FaultCode = "OV" | "UV" | "OT" | "COMM";

class FaultRecord {
  readonly code: FaultCode;
  readonly snapshot: NDArray;
  readonly time: number;
  rootCause: FaultRecord | null = null;

  constructor(code: FaultCode, snapshot: NDArray, time: number) {
    this.code = code;
    this.snapshot = snapshot;
    this.time = time;
  }

  worstCell(): number {
    return this.code === "UV" ? this.snapshot.min() : this.snapshot.max();
  }
}

class FaultLog {
  private readonly records: FaultRecord[] = [];

  push(rec: FaultRecord): number {
    this.records.push(rec);
    return this.records.length;
  }

  all(): readonly FaultRecord[] {
    return this.records;
  }

  roots(): FaultRecord[] {
    return this.records.filter((r) => r.rootCause === r);
  }
}

function classify(cells: NDArray, temps: NDArray): FaultCode | null {
  if (cells.max() > 4.2) return "OV";
  if (cells.min() < 2.8) return "UV";
  if (temps.max() > 55) return "OT";
  return null;
}

function raiseFault(log: FaultLog, code: FaultCode, cells: NDArray, time: number, cause: FaultRecord | null): FaultRecord {
  const rec = new FaultRecord(code, cells.copy(), time);
  if (cause === null) {
    rec.rootCause = rec; // expect: no-reference-cycle
  } else {
    rec.rootCause = cause.rootCause ?? cause;
  }
  log.push(rec);
  return rec;
}

function archive(records: readonly FaultRecord[]): NDArray {
  const index = empty(2, "object");
  const page = empty(records.length + 1, "object");
  records.forEach((r, i) => {
    page.set(i, r.snapshot);
  });
  index.set(0, page);
  index.set(1, records.length);
  page.set(records.length, index); // expect: no-reference-cycle
  return index;
}

const log = new FaultLog();
const frames: Array<{ t: number; cells: number[]; temps: number[] }> = [
  { t: 100, cells: [3.71, 3.7, 3.72, 3.69], temps: [31, 32] },
  { t: 200, cells: [4.23, 4.19, 4.21, 4.18], temps: [38, 39] },
  { t: 210, cells: [4.25, 4.2, 4.22, 4.19], temps: [56, 57] },
  { t: 400, cells: [2.75, 3.1, 3.12, 3.08], temps: [22, 23] },
];

let active: FaultRecord | null = null;
for (const f of frames) {
  const cells = array(f.cells);
  const temps = array(f.temps);
  const code = classify(cells, temps);
  if (code === null) {
    active = null;
    continue;
  }
  active = raiseFault(log, code, cells, f.t, active);
}

for (const r of log.all()) {
  const root = r.rootCause;
  console.log(`t=${r.time} ${r.code} worst=${r.worstCell().toFixed(2)} root=${root ? root.code + "@" + root.time : "?"}`);
}
console.log("root faults:", log.roots().length);

const archived = archive(log.all());
console.log("archived pages:", archived.get(1));
