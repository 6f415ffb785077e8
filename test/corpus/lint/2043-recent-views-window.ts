// Rolling engagement window for "recently viewed" recommendations: tracks a user's last views, rescales the history and exports a compact copy.
import { array, zeros, NDArray } from "ndalias";

interface WindowSummary {
  recentMean: number;
  recentMax: number;
  historyTotal: number;
}

const HISTORY_LEN = 8;
const RECENT = 3;

const viewHistory = array([0.2, 0.5, 0.1, 0.9, 0.4, 0.7, 0.3, 0.8]);
const itemIds = [101, 205, 330, 412, 517, 623, 731, 845];

function summarize(recent: NDArray, history: NDArray): WindowSummary {
  return {
    recentMean: recent.mean(),
    recentMax: recent.max(),
    historyTotal: history.sum(),
  };
}

function shiftIn(history: NDArray, value: number): NDArray {
  const shifted = zeros(history.size);
  shifted.slice(":-1").assign(":", history.slice("1:"));
  shifted.set(history.size - 1, value);
  return shifted;
}

function rankRecent(recent: NDArray, ids: number[]): number[] {
  const values = recent.tolist() as number[];
  return values
    .map((v, i) => ({ v, id: ids[i] }))
    .sort((a, b) => b.v - a.v)
    .map((x) => x.id);
}

// Recent window shown in the "continue browsing" carousel.
const recentWindow = viewHistory.slice(`-${RECENT}:`);
const before = summarize(recentWindow, viewHistory);
console.log("carousel order:", rankRecent(recentWindow, itemIds.slice(-RECENT)));

// A new view arrives: build the next history in a fresh buffer.
const nextHistory = shiftIn(viewHistory, 0.95);
console.log("next history:", nextHistory.tolist());

// Nightly rescale of the long-term history so that old sessions fade.
viewHistory.imul(0.5); // expect: no-view-mutation
const after = summarize(recentWindow, viewHistory);

// Export: int8 quantised copy for the edge cache, with the newest slot pinned.
const exported = viewHistory.mul(100).astype("int8");
exported.set(HISTORY_LEN - 1, 100);
console.log("exported bytes:", exported.tolist());

// Debug export of the recent window in percent (never shipped).
const recentPct = recentWindow.astype("float32");
recentPct.imul(100); // expect: no-lost-write

// Safe rescale of a separate per-item engagement vector, through its own name.
const engagement = array([3, 1, 4, 1, 5, 9, 2, 6]);
const engagementTotal = engagement.sum();
engagement.idiv(engagementTotal);
const topEngaged: number[] = [];
for (let i = 0; i < engagement.size; i++) {
  if (engagement.get(i) > 1 / HISTORY_LEN) topEngaged.push(itemIds[i]);
}

// Blend long-term engagement with the (rescaled) view history for the home feed.
const blended = engagement.mul(0.7).add(viewHistory.mul(0.3));
const feed: { id: number; score: number }[] = [];
for (let i = 0; i < blended.size; i++) {
  feed.push({ id: itemIds[i], score: blended.get(i) });
}
feed.sort((a, b) => b.score - a.score);
console.log("home feed:", feed.slice(0, 4).map((f) => `${f.id}:${f.score.toFixed(3)}`));

console.log("window before:", before);
console.log("window after:", after);
console.log("top engaged items:", topEngaged);
console.log("recent carousel after rescale:", rankRecent(recentWindow, itemIds.slice(-RECENT)));
