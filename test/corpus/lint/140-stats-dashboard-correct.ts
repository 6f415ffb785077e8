// Statistics dashboard: panels are refreshed by void callbacks, a summary works on disjoint halves of a scratch copy, and resets write fields through their own names.
import { array, zeros, NDArray } from "ndalias";

interface Panel {
  title: string;
  values: NDArray;
}

class Dashboard {
  private panels: Panel[] = [];
  private readonly totals = zeros(4);

  addPanel(title: string, size: number): Panel {
    const panel = { title, values: zeros(size) };
    this.panels.push(panel);
    return panel;
  }

  refresh(feed: (p: Panel, i: number) => void): void {
    this.panels.forEach(feed);
    this.panels.forEach((p, i) => {
      this.totals.set(i % 4, p.values.sum());
    });
  }

  totalsSnapshot(): NDArray {
    return this.totals.copy();
  }

  reset(): void {
    this.totals.fill(0);
  }
}

function halfSummary(values: NDArray): number[] {
  const scratch = values.copy();
  const half = Math.floor(scratch.size / 2);
  const early = scratch.slice(`0:${half}`);
  const late = scratch.slice(`${half}:`);
  early.isub(early.mean());
  return [early.max(), late.mean()];
}

function normaliseRow(row: NDArray): void {
  const peak = row.max();
  if (peak > 0) row.idiv(peak);
}

const board = new Dashboard();
const latency = board.addPanel("latency", 6);
board.addPanel("errors", 6);
board.refresh((panel, i) => {
  panel.values.assign(":", array([3, 5, 2, 8, 1, 4]).mul(i + 1));
});
console.log("latency summary:", halfSummary(latency.values));

const weekly = [array([1, 4, 2]), array([0, 0, 0]), array([6, 3, 9])];
weekly.forEach(normaliseRow);
console.log("weekly:", weekly.map((w) => w.tolist()));

const snap = board.totalsSnapshot();
snap.idiv(Math.max(1, snap.max()));
console.log("relative totals:", snap.tolist());
board.reset();
console.log("after reset:", board.totalsSnapshot().tolist());
