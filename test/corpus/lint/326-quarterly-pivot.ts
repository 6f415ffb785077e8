// Pivots long-form quarterly revenue into a store x quarter table, seasonally adjusts Q4 and reports per-store figures in thousands.
import { array, sharesMemory, NDArray } from "ndalias";

type Axis = "store" | "quarter";

namespace Pivot {
  export function totals(table: NDArray, along: Axis): number[] {
    const n = along === "store" ? table.shape[0] : table.shape[1];
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      out.push(along === "store" ? table.slice(i).sum() : table.slice(":", i).sum());
    }
    return out;
  }

  export function render(table: NDArray, rowNames: readonly string[]): string {
    return (table.tolist() as number[][])
      .map((row, i) => `${rowNames[i]}: ${row.map((v) => v.toFixed(1)).join(" ")}`)
      .join("\n");
  }
}

const stores = ["Leeds", "York", "Hull"] as const;

// long form, store-major: 3 stores x 4 quarters
const longForm = array([
  120, 135, 128, 190,
  80, 92, 88, 130,
  60, 58, 66, 95,
]);
const raw = longForm.copy();

const table = longForm.reshape(3, 4);
const byQuarter = table.T;
console.log("pivot shares memory with the long form:", sharesMemory(table, longForm));
console.log("quarter totals (raw):", Pivot.totals(table, "quarter"));

const q4 = byQuarter.slice(3);
q4.idiv(1.25); // expect: no-view-mutation

console.log("store totals (adjusted):", Pivot.totals(table, "store"));

longForm.imul(0.001); // expect: no-view-mutation
console.log(Pivot.render(table, stores));

const growth = raw.slice("1:").sub(raw.slice(":-1"));
growth.idiv(raw.slice(":-1"));
console.log("quarter-on-quarter growth (raw):", growth.tolist());
console.log("raw long form unchanged:", raw.sum());
