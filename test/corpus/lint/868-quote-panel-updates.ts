// Live quote panel: the last drawn frame is rendered before the store updates in place, working arrays are rebound, and store arrays change only through their own names.
import { array, zeros, NDArray } from "ndalias";

interface QuoteStore {
  bid: NDArray;
  ask: NDArray;
  ticks: number;
}

const SYMBOLS = ["AAA", "BBB", "CCC", "DDD"];
const HISTORY = zeros([3, SYMBOLS.length]);
let historyRow = 0;

const store: QuoteStore = {
  bid: array([99.5, 45.2, 12.75, 230.1]),
  ask: array([99.7, 45.3, 12.8, 230.6]),
  ticks: 0,
};

function drawRow(label: string, values: NDArray, digits = 2): void {
  const cells = (values.tolist() as number[]).map((v) => v.toFixed(digits).padStart(9));
  console.log(label.padEnd(8), cells.join(""));
}

function recordMid(bid: NDArray, ask: NDArray): number {
  const mid = bid.add(ask);
  mid.idiv(2);
  HISTORY.assign(historyRow % HISTORY.shape[0], mid);
  historyRow++;
  return mid.mean();
}

function applyTick(delta: NDArray): number {
  store.bid.iadd(delta);
  store.ask.iadd(delta);
  store.ticks++;
  return store.bid.sum();
}

function resetHistory(): number {
  HISTORY.fill(0);
  historyRow = 0;
  return HISTORY.size;
}

console.log("      ", SYMBOLS.map((s) => s.padStart(9)).join(""));

// The previous frame is drawn from the store before the tick arrives.
const lastDrawnBid = store.bid;
drawRow("bid", lastDrawnBid);
drawRow("ask", store.ask);
console.log("mid level:", recordMid(store.bid, store.ask).toFixed(3));

// The tick updates the store in place; the frame above is finished with.
const tick = array([0.1, -0.05, 0.02, -0.6]);
console.log("bid total after tick:", applyTick(tick).toFixed(2));
drawRow("bid", store.bid);
console.log("mid level:", recordMid(store.bid, store.ask).toFixed(3));

// Spread in basis points: the working name is rebound to a fresh array before scaling.
let spread: NDArray = store.ask;
spread = spread.sub(store.bid);
spread.idiv(store.bid);
spread.imul(10000);
drawRow("spr bp", spread, 1);

// Percent change since the first frame, from a snapshot taken before the next tick.
const opening = store.bid.copy();
applyTick(array([0.3, 0.1, -0.01, 1.2]));
console.log("mid level:", recordMid(store.bid, store.ask).toFixed(3));
let change: NDArray = store.bid;
change = change.sub(opening);
change.idiv(opening);
change.imul(100);
drawRow("chg %", change, 3);

// Halt: the feed zeroes the ask side through the store's own path.
store.ask.fill(0);
drawRow("ask", store.ask);
drawRow("bid", store.bid);

drawRow("hist 0", HISTORY.slice(0));
drawRow("hist 1", HISTORY.slice(1));
drawRow("hist 2", HISTORY.slice(2));
console.log("history cells cleared:", resetHistory(), "ticks:", store.ticks);
