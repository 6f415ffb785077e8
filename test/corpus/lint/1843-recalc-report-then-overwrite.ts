// Month-end close for a forecast sheet: the published figures are reported first, then overwritten by the recalculation, and result ranges are named only afterwards.
import { array, NDArray } from "ndalias";

const LINES = ["revenue", "cogs", "opex", "ebitda"];
const MONTHS = ["oct", "nov", "dec"];

const forecast = array([
  [500, 520, 610],
  [210, 220, 260],
  [150, 150, 165],
  [0, 0, 0],
]);

function printLines(title: string, sheet: NDArray): void {
  console.log(`${title}:`);
  (sheet.tolist() as number[][]).forEach((row, i) => {
    console.log("  " + LINES[i].padEnd(8) + row.map((v) => v.toFixed(1).padStart(8)).join(""));
  });
}

function ebitdaRow(sheet: NDArray): NDArray {
  return sheet.slice(0).sub(sheet.slice(1)).sub(sheet.slice(2));
}

function publishedTotals(sheet: NDArray): Record<string, number> {
  const out: Record<string, number> = {};
  LINES.forEach((line, i) => {
    out[line] = sheet.slice(i).sum();
  });
  return out;
}

forecast.slice(3).assign(":", ebitdaRow(forecast));

// What the board saw last week: reported through the names the report module uses.
const published = forecast;
const publishedRevenue = forecast.slice(0);
const publishedDecember = forecast.slice(":", 2);
printLines("published", published);
console.log("published revenue:", publishedRevenue.sum(), "december column:", publishedDecember.tolist());
const boardPack = publishedTotals(published);

// Recalculation with the actuals that came in: overwrite the sheet in place.
const actuals = array([
  [488, 531, 0],
  [205, 224, 0],
  [149, 152, 0],
]);
forecast.slice(":3", ":2").assign(":", actuals.slice(":", ":2"));
forecast.slice(0, 2).imul(1.02);
forecast.slice(3).assign(":", ebitdaRow(forecast));

// Result ranges are named after the recalculation, so they show the new figures by design.
const latestEbitda = forecast.slice(3);
const latestDecember = forecast.slice(":", 2);
console.log("latest ebitda:", latestEbitda.tolist());
console.log("latest december:", latestDecember.tolist());
printLines("recalculated", forecast);

// Variance against the board pack, from plain numbers captured before the overwrite.
for (const line of LINES) {
  const now = forecast.slice(LINES.indexOf(line)).sum();
  const delta = now - boardPack[line];
  console.log(`  ${line.padEnd(8)} ${delta >= 0 ? "+" : ""}${delta.toFixed(1)}`);
}

// A stress case (5% cost inflation, 15% revenue drop) is worked out on a rebound name, so the sheet is untouched.
let stressed: NDArray = forecast;
stressed = stressed.mul(1.05);
stressed.slice(0).imul(0.85);
stressed.slice(3).assign(":", ebitdaRow(stressed));
console.log("stressed ebitda:", stressed.slice(3).tolist());
console.log("base ebitda:", forecast.slice(3).tolist());

// Seasonality index: a view taken and read, then the sheet is rescaled and the view is not used again.
const revenueRow = forecast.slice(0);
const seasonality = revenueRow.div(revenueRow.mean());
console.log(
  "seasonality:",
  MONTHS.map((m, i) => `${m}=${seasonality.get(i).toFixed(3)}`).join(" "),
);
forecast.idiv(1000);
printLines("in thousands", forecast);
console.log("ebitda margin:", (forecast.slice(3).sum() / forecast.slice(0).sum()).toFixed(3));
