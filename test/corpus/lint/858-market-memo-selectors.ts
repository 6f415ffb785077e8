// Memoised selectors for a market dashboard: volume percentiles for an axis, heat-map quantiles, a moving average and rebased closes.
import { array, zeros, NDArray } from "ndalias";

interface MarketState {
  readonly volumes: NDArray;
  readonly heatmap: NDArray;
  readonly closes: NDArray;
  readonly sectors: readonly string[];
}

function memoize<R>(select: (state: MarketState) => R): (state: MarketState) => R {
  let lastState: MarketState | null = null;
  let lastResult: R | undefined;
  return (state) => {
    if (state === lastState && lastResult !== undefined) return lastResult;
    lastState = state;
    lastResult = select(state);
    return lastResult;
  };
}

function volumePercentiles(state: MarketState): number[] {
  const sorted = state.volumes;
  sorted.sort(); // expect: no-alias-mutation
  return [0.1, 0.5, 0.9].map((q) => sorted.get(Math.floor(q * (sorted.size - 1))));
}

function heatmapQuantiles(state: MarketState): NDArray {
  const cells = state.heatmap.ravel();
  cells.sort(); // expect: no-view-mutation
  const n = cells.size;
  return array([cells.get(0), cells.get(Math.floor(n / 2)), cells.get(n - 1)]);
}

function closeRanks(state: MarketState): NDArray {
  const sorted = state.closes.copy();
  sorted.sort();
  return sorted;
}

function movingAverage(window: number): (state: MarketState) => NDArray {
  return (state) => {
    const out = zeros(state.closes.size - window + 1);
    for (let i = 0; i < out.size; i++) {
      out.set(i, state.closes.slice(`${i}:${i + window}`).mean());
    }
    return out;
  };
}

function rebasedCloses(state: MarketState): NDArray {
  const rebased = state.closes.div(state.closes.get(0));
  rebased.isub(1);
  rebased.imul(100);
  return rebased;
}

function sectorTotals(state: MarketState): Map<string, number> {
  const totals = new Map<string, number>();
  state.sectors.forEach((name, r) => {
    totals.set(name, state.heatmap.slice(r).sum());
  });
  return totals;
}

export const selectVolumePercentiles = memoize(volumePercentiles);
export const selectHeatmapQuantiles = memoize(heatmapQuantiles);
export const selectCloseRanks = memoize(closeRanks);
export const selectMovingAverage = memoize(movingAverage(3));
export const selectRebased = memoize(rebasedCloses);
export const selectSectorTotals = memoize(sectorTotals);

const state: MarketState = {
  volumes: array([5400, 1200, 8800, 3100, 4700, 2600]),
  heatmap: array([
    [0.4, -1.2, 2.1, 0.3],
    [-0.8, 0.6, -0.1, 1.7],
    [1.1, -2.3, 0.9, -0.4],
  ]),
  closes: array([48.2, 49.0, 47.6, 50.3, 51.1, 50.8]),
  sectors: ["tech", "energy", "health"],
};

console.log("volume axis:", selectVolumePercentiles(state));
console.log("heat-map legend:", selectHeatmapQuantiles(state).tolist());
console.log("close ranks:", selectCloseRanks(state).tolist());
console.log("moving average:", selectMovingAverage(state).tolist());
console.log("rebased (%):", selectRebased(state).tolist());
console.log("memoised:", selectRebased(state) === selectRebased(state));
for (const [name, total] of selectSectorTotals(state)) {
  console.log(`  ${name}: ${total.toFixed(2)}`);
}
console.log("volume bars:", state.volumes.tolist());
console.log("heat map:", state.heatmap.tolist());
