// A reporting service that derives rounded, standardised and clipped series from measurements, writing only into copies that it then uses.
import { array, NDArray } from "ndalias";

class Series {
  constructor(
    readonly label: string,
    public values: NDArray,
  ) {}

  clone(label: string): Series {
    return new Series(label, this.values.copy());
  }

  summary(): string {
    return `${this.label}: mean ${this.values.mean().toFixed(3)}, range [${this.values.min().toFixed(2)}, ${this.values.max().toFixed(2)}]`;
  }
}

class ReportService {
  median(s: Series): number {
    const sorted = s.values.flatten();
    sorted.sort();
    const mid = Math.floor(sorted.size / 2);
    return sorted.size % 2 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  standardized(s: Series): Series {
    const z = s.values.sub(s.values.mean());
    z.idiv(Math.sqrt(z.mul(z).mean()) || 1);
    return new Series(`${s.label} (z)`, z);
  }

  rounded(s: Series): Series {
    const ints = s.values.astype("int32");
    for (let i = 0; i < ints.size; i++) ints.set(i, Math.round(s.values.get(i)));
    return new Series(`${s.label} (int)`, ints);
  }

  clipped(s: Series, lo: number, hi: number): Series {
    const out = s.clone(`${s.label} (clipped)`);
    for (let i = 0; i < out.values.size; i++) {
      const v = out.values.get(i);
      if (v < lo || v > hi) out.values.set(i, Math.min(hi, Math.max(lo, v)));
    }
    return out;
  }

  peaks(s: Series, idx: number[], gain: number): NDArray {
    const picked = s.values.take(idx);
    picked.imul(gain);
    return picked;
  }
}

function printTable(rows: Series[]): void {
  for (const r of rows) console.log("  " + r.summary());
}

const raw = new Series("temperature", array([21.4, 22.9, 35.0, 20.1, 19.8, -5.0, 23.3]));
const service = new ReportService();

console.log("median:", service.median(raw));
const z = service.standardized(raw);
const ints = service.rounded(raw);
const clipped = service.clipped(raw, 15, 30);
printTable([raw, z, ints, clipped]);

const peaks = service.peaks(raw, [2, 5], 0.5);
console.log("damped outliers:", peaks.tolist());

// a report record copied with its own buffer, annotated, then printed
const record = { station: "north", values: raw.values, unit: "C" };
const annotated = Object.assign({}, record, { values: record.values.copy() });
annotated.values.set(5, NaN);
console.log("annotated record:", annotated.station, annotated.values.tolist(), annotated.unit);

// a Fahrenheit version built from an arithmetic result and shifted before use
const fahrenheit = raw.values.mul(1.8);
fahrenheit.iadd(32);
console.log("fahrenheit:", (fahrenheit.tolist() as number[]).map((v) => v.toFixed(1)).join(", "));

// deltas against the previous reading, computed into a fresh flat copy
const deltas = raw.values.flatten();
for (let i = deltas.size - 1; i > 0; i--) {
  deltas.set(i, deltas.get(i) - deltas.get(i - 1));
}
deltas.set(0, 0);
console.log("largest jump:", Math.max(deltas.max(), -deltas.min()).toFixed(2));

console.log("raw still:", raw.values.tolist(), "record:", record.values.sum().toFixed(1));
