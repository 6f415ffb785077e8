// Nightly ledger reconciliation: balances accrue interest through a void helper, a fee preview is computed on what turns out to be the live ledger, and dormant regions are frozen on a copy that is then dropped.
// runnable
import { array, NDArray } from "ndalias";

interface Books {
  balances: NDArray;
  limits: NDArray;
}

const books: Books = {
  balances: array([[1200, 850, 40], [0, 0, 20]]),
  limits: array([[2000, 1000, 100], [500, 100, 100]]),
};

function applyInterest(b: Books, rate: number): void {
  b.balances.imul(1 + rate);
}

function headroom(b: Books): NDArray {
  return b.limits.sub(b.balances);
}

function feePreview(b: Books, fee: number): NDArray {
  const preview = b.balances;
  preview.isub(fee); // expect: no-alias-mutation
  return preview;
}

function freezeDormant(b: Books, minTotal: number): number {
  const dormant: number[] = [];
  for (let r = 0; r < b.balances.shape[0]; r++) {
    if (b.balances.slice(r).sum() < minTotal) dormant.push(r);
  }
  if (dormant.length === 0) return 0;
  const frozen = b.limits.take(dormant, 0);
  frozen.fill(0); // expect: no-lost-write
  return dormant.length;
}

const regionA = books.balances.slice(0);
console.log("region A at open:", regionA.tolist());
applyInterest(books, 0.01);

const openingTotal = books.balances.sum();
const preview = feePreview(books, 5);
console.log("total after fees (preview):", preview.sum().toFixed(2));
console.log("ledger total:", books.balances.sum().toFixed(2), "expected unchanged:", openingTotal.toFixed(2));

const spare = headroom(books);
spare.imul(0.9);
console.log("usable headroom:", spare.tolist());

const caps = books.limits.diagonal();
console.log("diagonal caps:", caps.tolist());
const frozenCount = freezeDormant(books, 100);
console.log(`${frozenCount} dormant region(s); limits now:`, books.limits.tolist());
