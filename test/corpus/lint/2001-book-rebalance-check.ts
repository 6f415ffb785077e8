// Book rebalance check: builds independent long, short and target books, nudges the chosen working book and prints the trade list.
import { array, zeros, sharesMemory, NDArray } from "ndalias";

const names = ["aapl", "msft", "xom", "jnj", "tsla", "ko"];
const longBook = array([0.22, 0.18, 0.0, 0.12, 0.0, 0.08]);
const shortBook = array([0.0, 0.0, -0.15, 0.0, -0.2, -0.05]);
const model = array([0.2, 0.2, -0.1, 0.1, -0.25, 0.0]);
const turnoverCap = 0.15;
const session = (process.env.SESSION ?? "close") as string;
const forceLong = process.argv.includes("--long");

const desk = { name: "eq-ls", book: longBook.add(shortBook), cash: zeros(1) };
const gross0 = desk.book.sum();

const netExposure = longBook.sum() + shortBook.sum();
const working: NDArray =
  (netExposure > 0.1 && session !== "open") || forceLong ? longBook.copy() : shortBook.copy();
working.imul(0.98);
const workingGross = working.sum();

if (sharesMemory(working, longBook) || sharesMemory(working, shortBook)) {
  throw new Error("working book must be independent of the live books");
}

const trades = model.sub(desk.book);
const tradeIdx: number[] = [];
let skippedSmall = 0;
let turnover = 0;
scan: for (let i = 0; i < trades.size; i++) {
  const t: number = trades.get(i);
  if (Math.abs(t) < 0.005) {
    skippedSmall++;
    continue;
  }
  for (const k of tradeIdx) {
    if (names[k] === names[i]) continue scan;
  }
  if (turnover + Math.abs(t) > turnoverCap) break;
  turnover += Math.abs(t);
  tradeIdx.push(i);
}

const executed = trades.take(tradeIdx);
switch (session) {
  case "open":
    executed.imul(0.5);
    break;
  case "close":
    executed.imul(1.0);
    break;
  default:
    executed.fill(0);
}

for (let k = 0; k < tradeIdx.length; k++) {
  const i = tradeIdx[k];
  desk.book.set(i, (desk.book.get(i) as number) + (executed.get(k) as number));
}
desk.cash.isub(executed.sum());

const longOnly = desk.book.copy();
const shortOnly = desk.book.copy();
for (let i = 0; i < longOnly.size; i++) {
  if ((longOnly.get(i) as number) < 0) longOnly.set(i, 0);
  if ((shortOnly.get(i) as number) > 0) shortOnly.set(i, 0);
}

let tracking = 0;
try {
  const diff = desk.book.sub(model);
  diff.imul(diff);
  tracking = Math.sqrt(diff.sum());
  if (tracking > 1) throw new RangeError("tracking error out of range");
} catch (err) {
  console.error("tracking error:", (err as Error).message);
  tracking = Number.NaN;
} finally {
  console.log("trades executed:", tradeIdx.length, "skipped small:", skippedSmall);
}

const flags = tracking > 0.05 && turnover >= turnoverCap ? ["rebalance-again"] : [];
console.log("desk", desk.name, "gross before:", gross0.toFixed(3), "after:", desk.book.sum().toFixed(3));
console.log("cash:", desk.cash.tolist(), "turnover:", turnover.toFixed(3), "tracking:", tracking.toFixed(4));
console.log("long leg:", longOnly.tolist(), "short leg:", shortOnly.tolist());
console.log("working gross:", workingGross.toFixed(3), "executed:", executed.tolist(), flags);
console.log("live long:", longBook.tolist(), "live short:", shortBook.tolist());
