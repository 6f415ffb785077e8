// Streams scenario shocks through a book, registers each scenario's P&L in an object-dtype result table and prints a liquidity-adjusted summary.
// runnable
import { array, empty, NDArray, refcount, memoryStats } from "ndalias";

interface ScenarioEvent {
  readonly name: string;
  readonly shock: NDArray;
  readonly severity?: "mild" | "severe";
}

type Summary<T extends Record<string, NDArray>> = { [K in keyof T]: { total: number; worst: number } };

const exposures = array([2_500_000, -1_200_000, 800_000, 450_000, -300_000]);
const LIQUID = [0, 1, 2] as const;
const ILLIQUID = [3, 4] as const;
const HAIRCUT = 0.85;

async function* scenarioFeed(): AsyncGenerator<ScenarioEvent> {
  const defs: ReadonlyArray<readonly [string, readonly number[], ScenarioEvent["severity"]?]> = [
    ["equity-crash", [-0.2, -0.15, -0.05, -0.3, 0.02], "severe"],
    ["rates-up", [-0.02, 0.01, -0.04, -0.06, 0.0]],
    ["fx-shock", [0.01, -0.05, 0.03, -0.1, -0.08], "mild"],
  ];
  for (const [name, moves, severity] of defs) {
    await Promise.resolve();
    yield { name, shock: array([...moves]), severity };
  }
}

function scenarioPnl(book: NDArray, shock: NDArray): NDArray {
  return book.mul(shock);
}

class ResultTable {
  readonly table: NDArray;
  private readonly names: string[] = [];

  constructor(capacity: number) {
    this.table = empty(capacity + 1, "object");
    // Slot 0 holds the owning table so that nested lookups can walk to the root.
    this.table.set(0, this.table); // expect: no-reference-cycle
  }

  register(name: string, pnl: NDArray): number {
    this.names.push(name);
    const slot = this.names.length;
    this.table.set(slot, pnl);
    return slot;
  }

  lookup(name: string): NDArray | undefined {
    const idx = this.names.indexOf(name);
    return idx < 0 ? undefined : (this.table.get(idx + 1) as NDArray);
  }

  get size(): number {
    return this.names.length;
  }
}

function summarise<T extends Record<string, NDArray>>(results: T): Summary<T> {
  const out = {} as Summary<T>;
  for (const key of Object.keys(results) as (keyof T)[]) {
    const pnl = results[key];
    out[key] = { total: pnl.sum(), worst: pnl.min() };
  }
  return out;
}

const registry = new ResultTable(4);
const byName: Record<string, NDArray> = {};

for await (const { name, shock, severity = "mild" } of scenarioFeed()) {
  const pnl = scenarioPnl(exposures, shock);
  if (severity === "severe") {
    // Severe scenarios are reported with the illiquid legs marked down.
    const illiquid = pnl.take([...ILLIQUID]);
    illiquid.imul(1 / HAIRCUT);
    console.log(`${name}: illiquid legs after markdown`, illiquid.tolist());
  }
  registry.register(name, pnl);
  byName[name] = pnl;
}

// Liquidity haircut: meant to shrink the liquid exposures before the next run.
exposures.take([...LIQUID]).imul(HAIRCUT); // expect: no-lost-write

const summary = summarise(byName);
for (const [name, { total, worst }] of Object.entries(summary)) {
  console.log(`${name.padEnd(13)} total=${total.toFixed(0).padStart(9)} worst leg=${worst.toFixed(0)}`);
}
console.log("exposures for next run:", exposures.tolist());
console.log("equity-crash registered:", registry.lookup("equity-crash")?.sum().toFixed(0));
console.log("registered scenarios:", registry.size, "table refs:", refcount(registry.table));
registry.table.dispose();
console.log("storages still alive:", memoryStats().storages);
