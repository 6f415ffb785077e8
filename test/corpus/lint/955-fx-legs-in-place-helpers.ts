// Converts multi-currency exposure legs to USD with in-place helpers, zeroes hedged buckets in a desk risk grid and applies streamed FX shocks.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

type Currency = "USD" | "EUR" | "JPY" | "GBP";
type FxTable = Readonly<Record<Currency, number>>;

interface Leg {
  readonly ccy: Currency;
  readonly desk: string;
  readonly exposure: NDArray;
}

type RiskEvents = {
  shock: [move: NDArray, label: string];
  close: [];
};

const USD_PER: FxTable = { USD: 1, EUR: 1.08, JPY: 0.0067, GBP: 1.27 };

/** Clamps every entry of `x` into [lo, hi], in place. */
function clampInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    x.set(i, Math.min(hi, Math.max(lo, x.get(i))));
  }
}

/** Zeroes the hedged buckets (columns) of a desks-by-buckets grid, in place. */
function zeroHedgedBuckets(grid: NDArray, hedged: readonly number[]): void {
  for (const bucket of hedged) {
    grid.slice(":", bucket).fill(0);
  }
}

class FxConverter<C extends Currency = Currency> {
  constructor(private readonly usdPer: Readonly<Record<C, number>>) {}

  convertInPlace(leg: Leg & { ccy: C }): void {
    leg.exposure.imul(this.usdPer[leg.ccy]);
  }

  converted({ ccy, exposure }: Leg & { ccy: C }): NDArray {
    return exposure.mul(this.usdPer[ccy]);
  }
}

const legs: Leg[] = [
  { ccy: "EUR", desk: "rates", exposure: array([120_000, -40_000, 75_000]) },
  { ccy: "JPY", desk: "rates", exposure: array([9_000_000, 2_500_000, -1_200_000]) },
  { ccy: "GBP", desk: "credit", exposure: array([30_000, 12_000, 8_000]) },
];
const converter = new FxConverter(USD_PER);

// Preview in USD without touching the booked legs.
const preview = legs.map((leg) => converter.converted(leg).sum());
console.log("USD preview per leg:", preview.map((x) => x.toFixed(0)).join(", "));

// End of day: the booked legs are restated in USD in place.
legs.forEach((leg) => converter.convertInPlace(leg));
legs.forEach(({ exposure }) => clampInPlace(exposure, -100_000, 100_000));
for (const { desk, ccy, exposure } of legs) {
  console.log(`${desk.padEnd(7)} ${ccy} -> USD`, exposure.tolist());
}

// Desk risk grid: rows are desks, columns are tenor buckets.
const riskGrid = array([
  [10_000, 25_000, -5_000, 40_000],
  [3_000, -8_000, 12_000, 6_000],
  [-1_500, 4_000, 2_500, -9_000],
]);
riskGrid.slice(0).imul(0.5);
riskGrid.T.slice(2).isub(1_000);
riskGrid.slice("1:, -1").fill(0);
zeroHedgedBuckets(riskGrid, [1]);

// Views made after the in-place edits read the edited grid on purpose.
const ratesRow = riskGrid.slice(0);
const longEnd = riskGrid.slice(":", -1);
console.log("rates row:", ratesRow.tolist(), "long-end total:", longEnd.sum());

// Streamed FX shocks update the captured book through its own name.
const usdBook = array([250_000, -75_000, 180_000, 40_000]);
const bus = new EventEmitter<RiskEvents>();
let shocksApplied = 0;
bus.on("shock", (move, label) => {
  usdBook.iadd(move);
  shocksApplied += 1;
  console.log(`applied ${label}: book total ${usdBook.sum().toFixed(0)}`);
});
bus.on("close", () => console.log(`closed after ${shocksApplied} shocks, book:`, usdBook.tolist()));

bus.emit("shock", array([-5_000, 1_000, -2_500, 0]), "eur-weakens");
bus.emit("shock", array([0, -3_000, 4_000, -1_000]), "gbp-rally");
bus.emit("close");
