// Builds a ladder of parallel-shocked copies of a spread curve, reports the front-end window, then rolls the live curve forward a day.
import { array, NDArray } from "ndalias";

type Bps = readonly number[];
type Ladder<T extends Bps> = { readonly [K in keyof T]: NDArray };
type LadderRow<T extends Bps> = { readonly bp: T[number]; readonly dv: number };

interface CurvePoint {
  readonly tenor: number;
  readonly spread: number;
}

const tenors = array([1, 2, 3, 5, 7, 10]);
const liveSpreads = array([0.0085, 0.0097, 0.0108, 0.0125, 0.0139, 0.0151]);
const notionals = array([2e6, 1.5e6, 3e6, 4e6, 1e6, 2.5e6]);

function spreadDv(spreads: NDArray, dur: NDArray, notional: NDArray): number {
  return spreads.mul(dur).mul(notional).sum();
}

function buildLadder<const T extends Bps>(curve: NDArray, bps: T): Ladder<T> {
  return bps.map((bp) => {
    const shocked = curve.copy();
    shocked.iadd(bp / 10_000);
    return shocked;
  }) as unknown as Ladder<T>;
}

function ladderRows<const T extends Bps>(bps: T, ladder: Ladder<T>, base: number): LadderRow<T>[] {
  return bps.map((bp, i) => {
    const shocked: NDArray = ladder[i];
    return { bp, dv: spreadDv(shocked, tenors, notionals) - base };
  });
}

function toPoints(curve: NDArray): CurvePoint[] {
  return Array.from({ length: curve.size }, (_, i) => ({ tenor: tenors.get(i), spread: curve.get(i) }));
}

function bucketAverages<K extends string>(labels: readonly K[], curve: NDArray): Record<K, number> {
  const grid = curve.reshape(labels.length, -1);
  const out = {} as Record<K, number>;
  labels.forEach((label, row) => {
    out[label] = grid.slice(row).mean();
  });
  return out;
}

const SHOCKS = [-50, -25, 25, 50, 100] as const;
const baseDv = spreadDv(liveSpreads, tenors, notionals);
const ladder = buildLadder(liveSpreads, SHOCKS);
for (const { bp, dv } of ladderRows(SHOCKS, ladder, baseDv)) {
  console.log(`${String(bp).padStart(4)}bp  dDV=${dv.toFixed(0)}`);
}

// Front-end window: a view that is only read, and only before the roll below.
const frontEnd = liveSpreads.slice(":3");
console.log("front-end average spread:", frontEnd.mean().toFixed(5));
console.log("front-end points:", toPoints(frontEnd).map(({ tenor, spread }) => `${tenor}y@${spread}`).join(" "));

const buckets = bucketAverages(["short", "long"] as const, liveSpreads);
console.log(`bucket averages: short=${buckets.short.toFixed(5)} long=${buckets.long.toFixed(5)}`);

// Yesterday's curve is copied before the live curve moves.
const yesterday = liveSpreads.copy();
const previous = { curve: yesterday, asOf: "2024-05-02" } as const;

// Roll-down: each point moves toward the shorter tenor's spread, on the live curve itself.
for (let i = liveSpreads.size - 1; i > 0; i--) {
  const rolled = 0.5 * (liveSpreads.get(i) + liveSpreads.get(i - 1));
  liveSpreads.set(i, rolled);
}
liveSpreads.isub(0.0002);

// Names made after the roll see the rolled values on purpose.
const today = liveSpreads;
const todayPoints = toPoints(today);

console.log("as of", previous.asOf, "curve:", previous.curve.tolist());
console.log("today curve:", todayPoints.map(({ spread }) => spread.toFixed(5)).join(" "));
console.log("carry+roll DV change:", (spreadDv(today, tenors, notionals) - spreadDv(previous.curve, tenors, notionals)).toFixed(0));

// Shocked copies in the ladder were taken before the roll and are unaffected.
const [, , plus25] = ladder;
console.log("+25bp ladder rung still on yesterday's curve:", plus25.get(0).toFixed(5), "vs", yesterday.get(0).toFixed(5) + "+25bp");
