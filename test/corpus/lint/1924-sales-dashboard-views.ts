// Weekly sales dashboard for a furniture chain: panels read views of the sales table, then the table is indexed and re-read.
import { array, zeros, NDArray } from "ndalias";

class Dashboard {
  static panelsDrawn = 0;
  private readonly lines: string[] = [];

  panel(title: string, values: NDArray): void {
    Dashboard.panelsDrawn += 1;
    this.lines.push(`${title}: ${(values.tolist() as unknown[]).map((v) => JSON.stringify(v)).join(" ")}`);
  }

  render(): string {
    return this.lines.join("\n");
  }
}

function zeroFirstColumn(table: NDArray): void {
  const first = table.slice(":", 0);
  first.fill(0);
}

function seasonalIndex(table: NDArray): NDArray {
  const index = zeros(table.shape[1]);
  for (let w = 0; w < table.shape[1]; w++) {
    index.set(w, table.slice(":", w).mean());
  }
  index.idiv(index.mean());
  return index;
}

// rows are stores (Leeds, Bath, Hull), columns are weeks 1 to 4
const sales = array([
  [120, 95, 130, 110],
  [80, 110, 105, 90],
  [60, 70, 75, 85],
]);

const board = new Dashboard();
const leeds = sales.slice(0);
const lastWeek = sales.slice(":", -1);
const byWeek = sales.T;
const diagonal = sales.slice(":", ":3").diagonal();
board.panel("Leeds", leeds);
board.panel("last week", lastWeek);
board.panel("by week", byWeek);
board.panel("promo diagonal", diagonal);
console.log(`Leeds total ${leeds.sum()}, last-week mean ${lastWeek.mean().toFixed(1)}`);

// from here on the table is restated in today's prices
sales.imul(1.04);
sales.slice(2).iadd(5);
sales.slice(":", 0).fill(0);
board.panel("restated", sales);

const restatedLeeds = sales.slice(0);
const bestStore = sales.slice(1).max();
console.log("restated Leeds:", restatedLeeds.tolist(), "best single week in Bath:", bestStore);

// weekly targets broadcast across stores, read only
const targets = array([100, 100, 110, 110]);
const targetGrid = targets.broadcastTo([3, 4]);
const gap = sales.sub(targetGrid);
board.panel("gap to target", gap);

// a spare copy for the regional manager, with the first week removed in place
const regional = sales.copy();
zeroFirstColumn(regional);
console.log("regional copy:", regional.tolist());

const index = seasonalIndex(sales);
console.log("seasonal index:", index.tolist());

const shelf = array([4, 9, 2, 7, 5]);
const shelfTop = shelf.slice(":2");
console.log("top of the shelf before restock:", shelfTop.tolist());
shelf.iadd(3);
shelf.slice("::2").imul(2);
console.log("shelf after restock:", shelf.tolist());

console.log(board.render());
console.log(`${Dashboard.panelsDrawn} panels drawn`);
