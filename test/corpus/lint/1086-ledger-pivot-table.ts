// Bookkeeping pivot table: groups ledger entries by account and month, rolls accounts up a category tree, and prints year-to-date figures.
import { array, zeros, empty, NDArray } from "ndalias";

export interface Entry {
  account: number;
  month: number; // 0..11
  amount: number;
}

export class Category {
  readonly totals: NDArray;
  readonly accounts: number[] = [];

  constructor(
    readonly name: string,
    readonly parent: Category | null,
  ) {
    this.totals = zeros(12);
  }

  reset(): void {
    this.totals.fill(0);
  }

  accumulate(row: NDArray): void {
    this.totals.iadd(row);
  }

  path(): string {
    return this.parent ? `${this.parent.path()}/${this.name}` : this.name;
  }
}

export class PivotTable {
  readonly cells: NDArray;
  private readonly accountIds: number[];

  constructor(accountIds: readonly number[]) {
    this.accountIds = [...accountIds];
    this.cells = zeros([accountIds.length, 12]);
  }

  rowOf(account: number): number {
    const r = this.accountIds.indexOf(account);
    if (r < 0) throw new Error(`unknown account ${account}; known: ${this.accountIds.join(", ")}`);
    return r;
  }

  /** Adds the entries into the table and returns how many were booked. */
  book(entries: readonly Entry[]): number {
    let booked = 0;
    for (const e of entries) {
      if (e.month < 0 || e.month > 11) continue;
      const r = this.rowOf(e.account);
      this.cells.set([r, e.month], this.cells.get(r, e.month) + e.amount);
      booked++;
    }
    return booked;
  }

  accountRow(account: number): NDArray {
    return this.cells.slice(this.rowOf(account)).copy();
  }

  monthTotals(): NDArray {
    const out = zeros(12);
    for (let r = 0; r < this.accountIds.length; r++) out.iadd(this.cells.slice(r));
    return out;
  }

  closeMonth(month: number): number {
    const closing = this.cells.slice(":", month).sum();
    this.cells.slice(":", month).fill(0);
    return closing;
  }

  columns(): NDArray {
    const cols = empty(12, "object");
    for (let m = 0; m < 12; m++) cols.set(m, this.cells.slice(":", m).copy());
    return cols;
  }
}

// ---- helpers that produce new arrays ---------------------------------------------------

export function cumulative(monthly: NDArray): NDArray {
  const ytd = monthly.copy();
  for (let m = 1; m < ytd.size; m++) ytd.set(m, ytd.get(m) + ytd.get(m - 1));
  return ytd;
}

export function quarterly(monthly: NDArray): NDArray {
  const q = zeros(4);
  for (let m = 0; m < 12; m++) q.set(Math.floor(m / 3), q.get(Math.floor(m / 3)) + monthly.get(m));
  return q;
}

export function selectAccounts(table: PivotTable, accounts: number[]): NDArray {
  const rows = table.cells.take(accounts.map((a) => table.rowOf(a)), 0);
  rows.imul(-1);
  return rows;
}

export function growth(monthly: NDArray): NDArray {
  const prev = monthly.slice(":-1");
  const change = monthly.slice("1:").sub(prev);
  for (let m = 0; m < change.size; m++) {
    const base: number = prev.get(m);
    change.set(m, base === 0 ? 0 : change.get(m) / Math.abs(base));
  }
  return change;
}

/** Rounds every cell of `values` to whole cents, in place. */
export function roundCents(values: NDArray): void {
  for (let i = 0; i < values.size; i++) {
    values.data[values.offset + i] = Math.round((values.data[values.offset + i] as number) * 100) / 100;
  }
}

// ---- category roll-up --------------------------------------------------------------------

export function buildCategories(): Map<string, Category> {
  const root = new Category("all", null);
  const income = new Category("income", root);
  const expenses = new Category("expenses", root);
  const rent = new Category("rent", expenses);
  const payroll = new Category("payroll", expenses);
  income.accounts.push(4000, 4100);
  rent.accounts.push(6100);
  payroll.accounts.push(6200, 6210);
  return new Map([root, income, expenses, rent, payroll].map((c) => [c.name, c]));
}

/** Accumulates each category's totals from the table, walking up the parent chain. */
export function rollUp(categories: Map<string, Category>, table: PivotTable): void {
  for (const c of categories.values()) c.reset();
  for (const leaf of categories.values()) {
    for (const account of leaf.accounts) {
      const row = table.accountRow(account);
      for (let node: Category | null = leaf; node; node = node.parent) node.accumulate(row);
    }
  }
}

// ---- report --------------------------------------------------------------------------------

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function money(v: number): string {
  return v.toFixed(2).padStart(10);
}

function printRow(label: string, values: NDArray): void {
  const cells = (values.tolist() as number[]).map(money).join("");
  console.log(label.padEnd(18) + cells);
}

const entries: Entry[] = [];
for (let m = 0; m < 12; m++) {
  entries.push({ account: 4000, month: m, amount: 12000 + 150 * m });
  entries.push({ account: 4100, month: m, amount: m % 3 === 2 ? 2500.555 : 0 });
  entries.push({ account: 6100, month: m, amount: -3200 });
  entries.push({ account: 6200, month: m, amount: -5400 - (m > 5 ? 300 : 0) });
  entries.push({ account: 6210, month: m, amount: -(5400 + (m > 5 ? 300 : 0)) * 0.21 });
}
entries.push({ account: 6100, month: 13, amount: -1 });

const table = new PivotTable([4000, 4100, 6100, 6200, 6210]);
console.log("booked", table.book(entries), "of", entries.length, "entries");
roundCents(table.cells);

const net = table.monthTotals();
const gross = table.accountRow(4000);
gross.iadd(table.accountRow(4100));
const useNet = process.argv.includes("--net");
const basis = (useNet ? net : gross).copy();
basis.idiv(1000);
console.log(`basis (${useNet ? "net" : "gross"}, thousands):`, (basis.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));

console.log("".padEnd(18) + MONTHS.map((m) => m.padStart(10)).join(""));
printRow("net", net);
printRow("net ytd", cumulative(net));
printRow("gross", gross);

const categories = buildCategories();
rollUp(categories, table);
for (const c of categories.values()) printRow(c.path(), c.totals);

const costs = selectAccounts(table, [6100, 6200, 6210]);
const [rentCost, salaryCost] = [costs.slice(0).copy(), costs.slice(1).copy()];
rentCost.iadd(salaryCost);
console.log("rent+salary Q totals:", (quarterly(rentCost).tolist() as number[]).map((v) => v.toFixed(0)).join(" "));
console.log("salary Q totals:", (quarterly(salaryCost).tolist() as number[]).map((v) => v.toFixed(0)).join(" "));

const decClosing = table.closeMonth(11);
const afterClose = table.monthTotals();
console.log("December closed with", decClosing.toFixed(2), "now", afterClose.get(11));

const perMonth = table.columns();
const march = perMonth.get(2) as NDArray;
console.log("March cells:", march.tolist(), "income growth:", (growth(gross).tolist() as number[]).slice(0, 3).map((v) => v.toFixed(3)));
