// Monitors bucketed desk exposures against hard and soft risk limits and prints a breach report per desk.
import { array, zeros, NDArray } from "ndalias";

const DESKS = ["rates", "credit", "fx"] as const;
type Desk = (typeof DESKS)[number];
type DeskMap<T> = { readonly [D in Desk]: T };

type Severity = "ok" | "soft" | "hard";
type Breach = { readonly bucket: number; readonly usage: number; readonly severity: Exclude<Severity, "ok"> };
type Checked<T> = T extends NDArray ? readonly Breach[] : never;
type DeskReport = { readonly [D in Desk]: Checked<NDArray> };

const SOFT_LIMIT_FRACTION = 0.9;

function classify(usage: number, softFraction: number): Severity {
  if (usage >= 1) return "hard";
  return usage >= softFraction ? "soft" : "ok";
}

function breachesFor(exposure: NDArray, limits: NDArray, softFraction: number): readonly Breach[] {
  const usage = exposure.div(limits);
  const out: Breach[] = [];
  for (let b = 0; b < usage.size; b++) {
    const u = Math.abs(usage.get(b));
    const severity = classify(u, softFraction);
    if (severity !== "ok") out.push({ bucket: b, usage: u, severity });
  }
  return out;
}

function checkLimits(exposures: DeskMap<NDArray>, limits: DeskMap<NDArray>): DeskReport {
  const entries = DESKS.map((desk) => [desk, breachesFor(exposures[desk], limits[desk], SOFT_LIMIT_FRACTION)] as const);
  return Object.fromEntries(entries) as Record<Desk, readonly Breach[]>;
}

function softLimitUsage(exposure: NDArray, hardLimits: NDArray): number {
  const softLimits = hardLimits.copy();
  softLimits.imul(SOFT_LIMIT_FRACTION); // expect: no-lost-write
  return exposure.div(hardLimits).max();
}

function printReport(report: DeskReport): void {
  for (const desk of DESKS) {
    const breaches = report[desk];
    const line = breaches.length
      ? breaches.map(({ bucket, usage, severity }) => `b${bucket}:${severity}@${(usage * 100).toFixed(0)}%`).join(" ")
      : "within limits";
    console.log(`${desk.padEnd(7)} ${line}`);
  }
}

const exposures: DeskMap<NDArray> = {
  rates: array([42_000, -18_000, 61_000, 9_000]),
  credit: array([12_000, 27_500, 8_000, 3_000]),
  fx: array([5_000, -14_000, 2_000, 700]),
};

const limits: DeskMap<NDArray> = {
  rates: array([50_000, 50_000, 60_000, 40_000]),
  credit: array([15_000, 30_000, 20_000, 10_000]),
  fx: array([10_000, 15_000, 10_000, 5_000]),
};

// Headline number excludes the front bucket, which is netted by the treasury desk.
const { rates: ratesExposure, fx: fxExposure = zeros(4) } = exposures;
const headlineRates = ratesExposure.slice("1:").sum();
console.log("headline rates exposure:", headlineRates, "fx net:", fxExposure.sum());

// A tactical override that zeroes the treasury-netted bucket for the intraday view.
const intradayRates = ratesExposure;
intradayRates.set(0, 0); // expect: no-alias-mutation
console.log("intraday rates view:", intradayRates.tolist());
console.log("booked rates exposure:", exposures.rates.tolist());

for (const desk of DESKS) {
  const usage = softLimitUsage(exposures[desk], limits[desk]);
  console.log(`${desk} peak usage of hard limit: ${(usage * 100).toFixed(1)}%`);
}

printReport(checkLimits(exposures, limits));

// Scenario: widen all credit limits by 10% for the quarter-end window, on a fresh array.
const quarterEndCredit = limits.credit.mul(1.1);
quarterEndCredit.set(3, 12_000);
console.log("quarter-end credit limits:", quarterEndCredit.tolist());
