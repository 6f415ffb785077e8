// Quarterly report builder: region-by-month sales are summarised through transposed views, top months ranked from a flattened copy, and a totals row appended.
import { array, zeros, NDArray } from "ndalias";

interface Report {
  regionTotals: NDArray;
  monthShare: NDArray;
  topMonths: NDArray;
  withTotals: NDArray;
}

function regionTotals(sales: NDArray): NDArray {
  const totals = zeros(sales.shape[0]);
  for (let r = 0; r < sales.shape[0]; r++) totals.set(r, sales.slice(r).sum());
  return totals;
}

function monthShare(sales: NDArray): NDArray {
  const byMonth = sales.T;
  const share = zeros(byMonth.shape[0]);
  for (let m = 0; m < byMonth.shape[0]; m++) share.set(m, byMonth.slice(m).sum());
  share.idiv(sales.sum());
  share.imul(100);
  return share;
}

function topMonths(sales: NDArray, k: number): NDArray {
  const ranked = sales.flatten();
  ranked.sort();
  return ranked.slice(`-${k}:`).flip();
}

function appendTotals(sales: NDArray): NDArray {
  const [rows, cols] = sales.shape;
  const out = zeros([rows + 1, cols]);
  out.slice(`:${rows}`).assign(":", sales);
  for (let c = 0; c < cols; c++) out.set([rows, c], sales.slice(":", c).sum());
  return out;
}

export function buildReport(sales: NDArray): Report {
  return {
    regionTotals: regionTotals(sales),
    monthShare: monthShare(sales),
    topMonths: topMonths(sales, 3),
    withTotals: appendTotals(sales),
  };
}

function formatRows(table: NDArray): string[] {
  const lines: string[] = [];
  for (let r = 0; r < table.shape[0]; r++) {
    lines.push((table.slice(r).tolist() as number[]).map((v) => v.toFixed(1)).join(" | "));
  }
  return lines;
}

const sales = array([[120, 95, 130], [80, 110, 105], [60, 70, 90]]);
const report = buildReport(sales);
report.monthShare.imul(0.01);
report.withTotals.slice(-1).imul(1 / sales.shape[0]);
console.log(formatRows(report.withTotals).join("\n"));
console.log("regions:", report.regionTotals.tolist(), "share:", report.monthShare.tolist(), "top:", report.topMonths.tolist());
console.log("source sales untouched:", sales.sum());
