// Store ledgers that book stock counts: each subclass overrides how a count sheet is applied, and helpers adjust store state in place.
import { array, zeros, NDArray } from "ndalias";

abstract class Ledger {
  static adjustments = 0;
  protected counts: NDArray;

  constructor(readonly store: string, size: number) {
    this.counts = zeros(size);
  }

  abstract applySheet(sheet: NDArray): void;

  total(): number {
    return this.counts.sum();
  }

  adjust(index: number, delta: number): number {
    this.counts.set(index, this.counts.get(index) + delta);
    Ledger.adjustments += 1;
    return this.counts.get(index);
  }

  report(): string {
    return `${this.store}: ${(this.counts.tolist() as number[]).join(" / ")}`;
  }
}

/** A cycle count replaces the book figures; negative readings on the sheet are zeroed on the sheet itself. */
class CycleCountLedger extends Ledger {
  applySheet(sheet: NDArray): void {
    for (let i = 0; i < sheet.size; i++) {
      if (sheet.get(i) < 0) {
        sheet.set(i, 0);
      }
    }
    this.counts.assign(":", sheet);
  }
}

/** A delta sheet is added to the books and then marked as consumed. */
class DeltaLedger extends Ledger {
  applySheet(sheet: NDArray): void {
    this.counts.iadd(sheet);
    sheet.fill(0);
  }

  override adjust(index: number, delta: number): number {
    this.counts.slice(`${index}:${index + 1}`).iadd(delta);
    Ledger.adjustments += 1;
    return this.counts.get(index);
  }
}

/** Bonded stock: even positions are held in bond and booked separately. */
class BondedLedger extends Ledger {
  private readonly held: NDArray;

  constructor(store: string, size: number) {
    super(store, size);
    this.held = zeros(size);
  }

  applySheet(sheet: NDArray): void {
    const bonded = sheet.slice("::2");
    this.held.slice("::2").iadd(bonded);
    this.counts.iadd(sheet);
    this.counts.slice("::2").isub(bonded);
  }

  override total(): number {
    return this.counts.sum() + this.held.sum();
  }
}

interface StoreState {
  name: string;
  floorPrices: NDArray;
  shrinkage: NDArray;
}

function raiseFloor(state: StoreState, by: number): void {
  state.floorPrices.iadd(by);
}

function clearHeader(sheet: NDArray): void {
  const header = sheet.slice(0);
  header.fill(0);
}

const ledgers: Ledger[] = [
  new CycleCountLedger("Derby", 4),
  new DeltaLedger("Crewe", 4),
  new BondedLedger("Dover", 4),
];

const sheets = [array([12, -1, 30, 7]), array([5, 5, 0, 2]), array([40, 10, 20, 6])];
ledgers.forEach((ledger, i) => ledger.applySheet(sheets[i]));
console.log("sheets after booking:", sheets.map((s) => s.tolist()));

for (const ledger of ledgers) {
  console.log(`${ledger.report()} (total ${ledger.total()}), item 1 now ${ledger.adjust(1, 3)}`);
}
console.log(`${Ledger.adjustments} manual adjustments`);

const derby: StoreState = { name: "Derby", floorPrices: array([0.5, 1.0, 2.5, 0.8]), shrinkage: zeros(4) };
raiseFloor(derby, 0.1);
console.log(`${derby.name} price floors:`, derby.floorPrices.tolist());

const grid = array([
  [9, 9, 9],
  [1, 4, 2],
  [3, 0, 5],
]);
clearHeader(grid);
console.log("grid without header:", grid.tolist(), "total", grid.sum());
