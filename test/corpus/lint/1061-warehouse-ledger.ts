// Replays a day of warehouse commands (restock, audit, ship, transfer) against per-bin stock levels and prints the ledger.
import { array, zeros, NDArray } from "ndalias";

type Command =
  | { kind: "restock"; units: number[] }
  | { kind: "restock-audit"; units: number[] }
  | { kind: "audit"; bins?: string }
  | { kind: "ship"; bin: number; units: number }
  | { kind: "transfer" }
  | { kind: "close" };

interface Ledger {
  stock: NDArray;
  reserve: NDArray;
  shipped: NDArray;
  audits: string[];
}

const ledger: Ledger = {
  stock: array([40, 12, 0, 25, 8]),
  reserve: array([10, 10, 10, 10, 10]),
  shipped: zeros(5),
  audits: [],
};

const commands: Command[] = [
  { kind: "audit", bins: ":3" },
  { kind: "ship", bin: 1, units: 5 },
  { kind: "restock", units: [0, 0, 20, 0, 0] },
  { kind: "restock-audit", units: [5, 5, 5, 5, 5] },
  { kind: "ship", bin: 2, units: 30 },
  { kind: "transfer" },
  { kind: "audit" },
  { kind: "close" },
  { kind: "ship", bin: 0, units: 1 },
];

function formatBins(levels: NDArray): string {
  return (levels.tolist() as number[]).map((v) => v.toFixed(0)).join(" ");
}

let opening: NDArray | undefined;

replay: for (const [step, cmd] of commands.entries()) {
  // A fresh name per command: only the audit paths give it a value.
  let report: NDArray | null = null;
  opening ??= ledger.stock.copy();

  switch (cmd.kind) {
    case "restock-audit":
    case "restock":
      ledger.stock.iadd(array(cmd.units));
      if (cmd.kind === "restock") break;
    // falls through: restock-audit also audits the new levels
    case "audit":
      report = ledger.stock.slice(cmd.kind === "audit" ? cmd.bins ?? ":" : ":");
      ledger.audits.push(`#${step} ${formatBins(report)}`);
      break;
    case "ship": {
      const available = ledger.stock.get(cmd.bin);
      const sent = Math.min(available, cmd.units);
      if (sent <= 0) continue replay;
      ledger.stock.set(cmd.bin, available - sent);
      ledger.shipped.set(cmd.bin, ledger.shipped.get(cmd.bin) + sent);
      break;
    }
    case "transfer": {
      // Swap the roles of the two buffers: the reserve becomes sellable stock.
      [ledger.stock, ledger.reserve] = [ledger.reserve, ledger.stock];
      ledger.stock.iadd(5);
      break;
    }
    case "close":
      break replay;
  }

  if (report) {
    console.log(`step ${step}: audited`, report.tolist());
  }
}

// A low-stock view taken after all of the day's writes.
const lowBins = ledger.stock.slice("1:3");
console.log("opening stock:", opening ? formatBins(opening) : "n/a");
console.log("closing stock:", formatBins(ledger.stock), "reserve:", formatBins(ledger.reserve));
console.log("low bins:", lowBins.tolist(), "shipped:", ledger.shipped.tolist());
console.log("audits:\n  " + ledger.audits.join("\n  "));

const valuation = ledger.stock.add(ledger.reserve).mul(array([3, 7, 2, 11, 5]));
console.log("inventory value:", valuation.sum());
