// Builds a region-by-month sales matrix from CSV-like rows, blanks embargoed cells in place and exports month-major and region-major reports.
import { array, zeros, NDArray } from "ndalias";

interface SalesRow {
  region: string;
  month: number;
  amount: number;
}

interface ReportConfig {
  months: number;
  embargoedRegions: string[];
  closedMonths: number[];
  bonusMonth: number;
  bonusFactor: number;
}

const BASE: ReportConfig = { months: 4, embargoedRegions: [], closedMonths: [], bonusMonth: -1, bonusFactor: 1 };

function regionIndex(rows: SalesRow[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const row of rows) {
    if (!index.has(row.region)) {
      index.set(row.region, index.size);
    }
  }
  return index;
}

function buildMatrix(rows: SalesRow[], index: Map<string, number>, months: number): NDArray {
  const matrix = zeros([index.size, months]);
  for (const row of rows) {
    const r = index.get(row.region);
    if (r === undefined || row.month >= months) {
      continue;
    }
    matrix.set([r, row.month], (matrix.get(r, row.month) as number) + row.amount);
  }
  return matrix;
}

function toRecord(matrix: NDArray, labels: string[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  labels.forEach((label, i) => {
    out[label] = matrix.slice(i).tolist() as number[];
  });
  return out;
}

const rows: SalesRow[] = [
  { region: "north", month: 0, amount: 120 },
  { region: "north", month: 1, amount: 90 },
  { region: "south", month: 0, amount: 75 },
  { region: "south", month: 2, amount: 160 },
  { region: "east", month: 1, amount: 45 },
  { region: "east", month: 3, amount: 210 },
  { region: "west", month: 3, amount: 30 },
];

const cfg: ReportConfig = { ...BASE, embargoedRegions: ["east"], closedMonths: [2], bonusMonth: 3, bonusFactor: 1.1 };

const index = regionIndex(rows);
const sales = buildMatrix(rows, index, cfg.months);

// In-place cleaning with the a[i, :] = 0 idiom: nothing else holds these cells yet.
for (const region of cfg.embargoedRegions) {
  const r = index.get(region);
  if (r !== undefined) {
    sales.slice(r).fill(0);
  }
}
for (const month of cfg.closedMonths) {
  sales.slice(":", month).fill(0);
}
if (cfg.bonusMonth >= 0) {
  sales.slice(":", cfg.bonusMonth).imul(cfg.bonusFactor);
}
sales.T.slice(0).iadd(1);

// Reports are derived only after cleaning is finished.
const byMonth = sales.T;
const regionLabels = [...index.keys()];
const monthLabels = Array.from({ length: cfg.months }, (_, m) => `m${m + 1}`);
const regionReport = toRecord(sales, regionLabels);
const monthReport = toRecord(byMonth, monthLabels);

for (const [region, values] of Object.entries(regionReport)) {
  console.log(region.padEnd(6), values.map((v) => v.toFixed(1)).join(" "));
}
for (const [month, values] of Object.entries(monthReport)) {
  console.log(month.padEnd(6), "total", values.reduce((a, b) => a + b, 0).toFixed(1));
}

// Percent shares go into their own array so the report matrix stays in currency units.
const shares = sales.copy();
shares.idiv(sales.sum() || 1);
shares.imul(100);
console.log("share matrix (%):", shares.tolist());

const targets = array([100, 100, 100, 100]);
const gap = targets.sub(byMonth.slice(0));
gap.isub(5);
console.log("gap to target for month 1:", gap.tolist(), "grand total:", sales.sum().toFixed(1));
