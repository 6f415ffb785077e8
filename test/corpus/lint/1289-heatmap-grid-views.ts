// Heat-map script: accumulates event counts in a module-level grid, normalises rows through helpers and prints row shares and totals.
import { zeros, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const ROWS = 4;
const COLS = 5;
const GRID = zeros([ROWS, COLS]);
const LAYOUT = { rows: ROWS, cols: COLS, title: "clicks" };
const DISPLAY = { ...LAYOUT, title: "clicks (normalised)" };

type Event = { row: number; col: number; weight: number };

function record(events: Event[]): void {
  for (const e of events) {
    GRID.set([e.row, e.col], GRID.get(e.row, e.col) + e.weight);
  }
}

function scaleToUnit(row: NDArray): NDArray {
  const total = row.sum();
  if (total > 0) row.idiv(total); // expect: no-alias-mutation
  return row;
}

function rowShares(r: number): NDArray {
  return scaleToUnit(GRID.slice(r));
}

function clearColumnTotal(c: number): number {
  const column = GRID.slice(":", c);
  const removed = column.sum();
  column.fill(0); // expect: no-view-mutation
  return removed;
}

function peakCell(): [number, number] {
  const flat = GRID.flatten();
  let best = 0;
  for (let i = 1; i < flat.size; i++) {
    if (flat.get(i) > flat.get(best)) best = i;
  }
  return [Math.floor(best / COLS), best % COLS];
}

function rowTotals(): number[] {
  const totals: number[] = [];
  for (let r = 0; r < LAYOUT.rows; r++) totals.push(GRID.slice(r).sum());
  return totals;
}

function render(x: NDArray): string {
  return (x.tolist() as number[][]).map((row) => row.map((v) => v.toFixed(2).padStart(6)).join("")).join("\n");
}

async function pollEvents(): Promise<Event[]> {
  await delay(1);
  return [
    { row: 0, col: 1, weight: 3 },
    { row: 1, col: 4, weight: 1 },
    { row: 2, col: 2, weight: 5 },
    { row: 3, col: 0, weight: 2 },
    { row: 0, col: 4, weight: 4 },
  ];
}

record(await pollEvents());
GRID.slice(":", 3).fill(0.5);

const [pr, pc] = peakCell();
console.log(`${LAYOUT.title}: peak at (${pr}, ${pc})`);

const dropped = clearColumnTotal(4);
console.log("dropped from last column:", dropped);

const flatView = GRID.ravel();
console.log("cells:", flatView.size, "grand total:", flatView.sum());
GRID.slice(0).fill(0); // expect: no-view-mutation
console.log("cells after reset:", flatView.tolist());

const shares = rowShares(2);
console.log(`${DISPLAY.title} row 2:`, shares.tolist());
console.log("row totals:", rowTotals());
console.log(render(GRID));
