// Memoized sampling grids for a plotting widget, with curried shift helpers used to offset series before rendering.
import { linspace, zeros, NDArray } from "ndalias";

function memoizeGrid(points: number): (lo: number, hi: number) => NDArray {
  const cache = new Map<string, NDArray>();
  return (lo, hi) => {
    const key = `${lo}:${hi}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const grid = linspace(lo, hi, points);
    cache.set(key, grid);
    return grid;
  };
}

function makeWarmupGrid(points: number): () => NDArray {
  let cached: NDArray | null = null;
  return () => {
    if (cached === null) {
      cached = linspace(0, 1, points);
      // the first two samples are inside the sensor warm-up and must read as zero
      const head = cached.slice("0:2");
      head.fill(0); // expect: no-view-mutation
    }
    return cached;
  };
}

const shiftBy = (delta: number) => (series: NDArray): NDArray => series.iadd(delta); // expect: no-alias-mutation

const offsetBy = (delta: number) => (series: NDArray): NDArray => series.add(delta);

function renderSeries(label: string, ys: NDArray): void {
  const bars = ys.tolist() as number[];
  console.log(label.padEnd(8), bars.map((y) => "#".repeat(Math.max(0, Math.round(y * 4)))).join(" "));
}

export function plotDashboard(): number {
  const grid = memoizeGrid(5);
  const warmup = makeWarmupGrid(5);

  const xs = grid(0, 1);
  const again = grid(0, 1);
  console.log("cache hit returns same grid:", xs === again);

  const raised = offsetBy(0.5)(xs);
  renderSeries("raised", raised);
  renderSeries("base", xs);

  const lifted = zeros(5);
  lifted.iadd(xs);
  lifted.imul(2);
  renderSeries("lifted", lifted);

  const w = warmup();
  renderSeries("warmup", w);

  const shifted = shiftBy(1)(grid(-1, 1));
  renderSeries("shifted", shifted);

  return raised.sum() + lifted.sum() + w.sum() + shifted.sum();
}

export function gridStats(points: number): { span: number; mean: number } {
  const g = memoizeGrid(points)(2, 6);
  return { span: g.max() - g.min(), mean: g.mean() };
}

function axisTicks(xs: NDArray, every: number): string[] {
  const ticks: string[] = [];
  const values = xs.tolist() as number[];
  values.forEach((v, i) => {
    if (i % every === 0) ticks.push(v.toFixed(2));
  });
  return ticks;
}

function normalizedCopy(ys: NDArray): NDArray {
  const span = ys.max() - ys.min();
  const out = ys.sub(ys.min());
  if (span > 0) out.idiv(span);
  return out;
}

console.log("ticks:", axisTicks(memoizeGrid(7)(0, 3), 2).join(" | "));
console.log("normalized:", normalizedCopy(linspace(3, 9, 4)).tolist());
console.log("dashboard checksum:", plotDashboard().toFixed(2));
console.log("grid stats:", gridStats(9));
