// Portfolio weight utilities: long-only capped target weights from scores, signal weights, turnover, and an intraday mark of the stored book.
import { array, NDArray } from "ndalias";

export interface Book {
  tickers: string[];
  weights: NDArray;
  prices: NDArray;
}

/** Clips short positions to zero; writes into the given vector on purpose. */
function clipShorts(w: NDArray): void {
  for (let i = 0; i < w.size; i++) {
    if (w.get(i) < 0) w.set(i, 0);
  }
}

export function normalise(w: NDArray): NDArray {
  const total = w.sum();
  if (total === 0) {
    throw new RangeError("cannot normalise a zero weight vector");
  }
  w.idiv(total); // expect: no-alias-mutation
  return w;
}

export function targetWeights(scores: NDArray): NDArray {
  const w = scores.copy();
  clipShorts(w);
  return w.div(w.sum());
}

export function capWeights(w: NDArray, cap: number): NDArray {
  const capped = w.copy();
  for (let round = 0; round < 10; round++) {
    let excess = 0;
    let free = 0;
    for (let i = 0; i < capped.size; i++) {
      const wi = capped.get(i);
      if (wi > cap) {
        excess += wi - cap;
        capped.set(i, cap);
      } else if (wi < cap) {
        free++;
      }
    }
    if (excess < 1e-12 || free === 0) break;
    for (let i = 0; i < capped.size; i++) {
      if (capped.get(i) < cap) capped.set(i, capped.get(i) + excess / free);
    }
  }
  return capped;
}

export function turnover(current: NDArray, target: NDArray): number {
  const diff = target.sub(current);
  let total = 0;
  for (let i = 0; i < diff.size; i++) total += Math.abs(diff.get(i));
  return total / 2;
}

export function driftedWeights(w: NDArray, dailyReturns: NDArray): NDArray {
  const grown = w.mul(dailyReturns.add(1));
  grown.idiv(grown.sum());
  return grown;
}

function show(label: string, tickers: string[], w: NDArray): void {
  const parts = tickers.map((t, i) => `${t}=${(w.get(i) * 100).toFixed(1)}%`);
  console.log(label.padEnd(16), parts.join("  "));
}

// --- the stored book -----------------------------------------------------------
const book: Book = {
  tickers: ["AAPL", "MSFT", "XOM", "JNJ"],
  weights: array([0.3, 0.3, 0.2, 0.2]),
  prices: array([189.5, 412.3, 104.8, 152.6]),
};

// --- targets from model scores ----------------------------------------------------
const scores = array([1.2, -0.4, 0.8, 0.5]);
const target = capWeights(targetWeights(scores), 0.5);
show("target", book.tickers, target);
console.log("turnover to target:", turnover(book.weights, target).toFixed(4));

// --- a manual override list, clipped in place before use ---------------------------
const manual = array([0.5, -0.1, 0.4, 0.2]);
clipShorts(manual);
show("manual (clipped)", book.tickers, manual);

// --- signal weights from raw vote counts ------------------------------------------------
const votes = array([2, 1, 1, 0]);
const signalWeights = normalise(votes);
show("signal", book.tickers, signalWeights);
console.log("raw votes:", votes.tolist());

// --- intraday mark ----------------------------------------------------------------------
const dayReturns = array([0.012, -0.021, 0.004, 0.0]);
const preview = driftedWeights(book.weights, dayReturns);
show("drift preview", book.tickers, preview);

const marked = book.weights;
marked.imul(dayReturns.add(1)); // expect: no-alias-mutation
const markedWeights = marked.div(marked.sum());
show("marked", book.tickers, markedWeights);

// --- end-of-day report from the stored book ---------------------------------------------
show("stored", book.tickers, book.weights);
console.log("stored weight total:", book.weights.sum().toFixed(4));
console.log("turnover stored->target:", turnover(book.weights, target).toFixed(4));
