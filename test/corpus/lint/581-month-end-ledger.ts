// Closes the month for a retail bank: charges account fees, accrues savings interest, and prints statements and after-tax totals.
// runnable
import { array, NDArray } from "ndalias";

interface Account {
  id: string;
  balances: NDArray; // one entry per sub-account
}

const MONTHLY_RATE = 0.004;
const FEE = 2.5;

function chargeOverdrafts(balances: NDArray, penalty: number): void {
  for (let i = 0; i < balances.size; i++) {
    if (balances.get(i) < 0) balances.set(i, balances.get(i) - penalty);
  }
}

function netWorthAfterTax(balances: NDArray, taxRate: number): number {
  balances.imul(1 - taxRate); // expect: no-alias-mutation
  return balances.sum();
}

function statement(account: Account): string {
  const rounded = account.balances.copy();
  for (let i = 0; i < rounded.size; i++) rounded.set(i, Math.round(rounded.get(i) * 100) / 100);
  return `${account.id}: ${JSON.stringify(rounded.tolist())} (total ${rounded.sum().toFixed(2)})`;
}

const checking: Account = { id: "CHK-1001", balances: array([1200, 340.5, -15]) };
const savings: Account = { id: "SAV-2002", balances: array([5000, 250.75]) };

// Opening balances for the statement header.
const { balances: opening } = checking;
checking.balances.isub(FEE); // expect: no-alias-mutation
chargeOverdrafts(savings.balances, 10);
console.log("opening:", opening.tolist(), "after fees:", checking.balances.tolist());

// Interest accrues on the savings ledger.
const accrued = savings.balances.flatten();
accrued.imul(1 + MONTHLY_RATE); // expect: no-lost-write

// Twelve-month projection on its own copy.
const projected = savings.balances.mul(12 * MONTHLY_RATE);
projected.iadd(savings.balances);
console.log("one-year projection:", projected.tolist());

console.log(statement(checking));
console.log(statement(savings));

const net = netWorthAfterTax(savings.balances, 0.25);
console.log(`net worth after tax: ${net.toFixed(2)}`);
console.log("savings ledger now:", savings.balances.tolist());
