// Applies a day's ledger corrections with one retry: when the commit fails the balances are restored from a snapshot and the corrections are applied again.
// runnable
import { array, NDArray } from "ndalias";

class TransientStoreError extends Error {}

interface AccountRow {
  id: string;
  balance: number;
}

const rows: AccountRow[] = [
  { id: "ACC-001", balance: 1500 },
  { id: "ACC-002", balance: 320.5 },
  { id: "ACC-003", balance: 78.25 },
  { id: "ACC-004", balance: 0 },
];

let outagesLeft = 1;

function loadBalances(source: AccountRow[]): NDArray {
  return array(source.map((row) => row.balance));
}

function commit(values: NDArray): number {
  if (outagesLeft > 0) {
    outagesLeft--;
    throw new TransientStoreError("ledger store unavailable");
  }
  return values.sum();
}

function settleDay(source: AccountRow[], corrections: NDArray): number {
  const balances = loadBalances(source);
  const snapshot = balances;
  balances.iadd(corrections); // expect: no-alias-mutation
  try {
    return commit(balances);
  } catch (err) {
    if (!(err instanceof TransientStoreError)) throw err;
    console.log("commit failed, restoring balances and retrying once");
    balances.assign(":", snapshot);
    balances.iadd(corrections);
    return commit(balances);
  }
}

function feeForecast(source: AccountRow[], rate: number): number {
  const balances = loadBalances(source);
  const before = balances.copy();
  balances.imul(1 - rate);
  const charged = before.sub(balances);
  return charged.sum();
}

const corrections = array([-20, 15.5, 0, 100]);
const committedTotal = settleDay(rows, corrections);
const expected = loadBalances(rows).sum() + corrections.sum();

console.log("committed total:", committedTotal, "expected:", expected);
console.log("fees at 1%:", feeForecast(rows, 0.01).toFixed(2));
