// Prices a product catalogue with curried adjustment helpers and keeps recent quotes in a module-level history buffer.
import { array, zeros, NDArray } from "ndalias";

type PriceFn = (prices: NDArray) => NDArray;

const QUOTE_HISTORY = zeros(8);
let historyCursor = 0;

const scaleBy =
  (k: number): PriceFn =>
  (prices) =>
    prices.mul(k);

const discount = (rate: number): PriceFn => scaleBy(1 - rate);

const addFee =
  (fee: number): PriceFn =>
  (prices) =>
    prices.add(fee);

const roundTo =
  (step: number): PriceFn =>
  (prices) => {
    const out = prices.div(step);
    for (let i = 0; i < out.size; i++) {
      out.set(i, Math.round(out.get(i)));
    }
    return out.mul(step);
  };

const shiftInPlace =
  (delta: number): PriceFn =>
  (prices) =>
    prices.iadd(delta); // expect: no-alias-mutation

const chain =
  (...fns: PriceFn[]): PriceFn =>
  (prices) =>
    fns.reduce((acc, fn) => fn(acc), prices);

function recordQuote(quote: number): number {
  QUOTE_HISTORY.set(historyCursor % QUOTE_HISTORY.size, quote);
  historyCursor += 1;
  return Math.min(historyCursor, QUOTE_HISTORY.size);
}

function averageQuote(): number {
  const n = Math.min(historyCursor, QUOTE_HISTORY.size);
  return n === 0 ? 0 : QUOTE_HISTORY.slice(`:${n}`).mean();
}

function makeSeeder(level: number): () => number {
  return () => {
    const older = QUOTE_HISTORY.slice("4:");
    older.fill(level); // expect: no-view-mutation
    return QUOTE_HISTORY.mean();
  };
}

function formatPrices(label: string, prices: NDArray): string {
  const cents = prices.mul(100).tolist() as number[];
  return `${label}: ${cents.map((c) => (Math.round(c) / 100).toFixed(2)).join(", ")}`;
}

const basePrices = array([19.99, 5.49, 12.0, 3.75]);
const retail = chain(discount(0.2), addFee(4.5), roundTo(0.05));
const wholesale = chain(scaleBy(0.6), roundTo(0.1));

const retailPrices = retail(basePrices);
const wholesalePrices = wholesale(basePrices);
console.log(formatPrices("retail", retailPrices));
console.log(formatPrices("wholesale", wholesalePrices));

[retailPrices, wholesalePrices].forEach((p) => recordQuote(p.mean()));
console.log("average quote so far:", averageQuote().toFixed(2));

const margins = retailPrices.sub(wholesalePrices);
const marginShare = margins.div(retailPrices);
console.log("margin share:", marginShare.tolist());

const seedHistory = makeSeeder(basePrices.mean());
console.log("seeded average:", seedHistory().toFixed(2));
console.log("quotes recorded:", recordQuote(retailPrices.max()), "average:", averageQuote().toFixed(2));

const promo = shiftInPlace(-0.5)(basePrices);
console.log(formatPrices("promo", promo));
console.log(formatPrices("base", basePrices), "| retail from base:", formatPrices("retail", retail(basePrices)));
