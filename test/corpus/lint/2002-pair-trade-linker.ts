// Pair trade linker: links long and short legs of statistical-arbitrage pairs, zeroes the stale leg's first delta and prints spread risk.
import { array, NDArray } from "ndalias";

class Leg {
  deltas: NDArray;
  partner: Leg | null = null;
  constructor(readonly ticker: string, deltas: number[]) {
    this.deltas = array(deltas);
  }
  spread(): number {
    if (this.partner === null) return 0;
    return this.deltas.sub(this.partner.deltas).sum();
  }
}

function linkPair(longLeg: Leg, shortLeg: Leg): void {
  longLeg.partner = shortLeg;
  shortLeg.partner = longLeg; // expect: no-reference-cycle
}

function attachBenchmark(leg: Leg, bench: Leg): void {
  leg.partner = bench;
}

const legs = new Map<string, Leg>([
  ["ko", new Leg("ko", [0.4, 0.1, -0.2])],
  ["pep", new Leg("pep", [-0.35, -0.15, 0.25])],
  ["xom", new Leg("xom", [0.8, 0.0, 0.1])],
  ["cvx", new Leg("cvx", [-0.7, -0.1, 0.05])],
  ["spy", new Leg("spy", [0.0, 0.0, 0.0])],
]);
const pairs: [string, string][] = [["ko", "pep"], ["xom", "cvx"], ["aapl", "msft"]];

let linked = 0;
let missing = 0;
for (const [a, b] of pairs) {
  const la = legs.get(a);
  const lb = legs.get(b);
  if (!la || !lb) {
    missing++;
    continue;
  }
  linkPair(la, lb);
  linked++;
}
const spy = legs.get("spy");
const benchTarget = legs.get("ko");
if (spy && benchTarget) attachBenchmark(spy, benchTarget);

const stale = { ko: 3, pep: 0, xom: 1, cvx: 4 };
const koLeg = legs.get("ko")!;
const pepLeg = legs.get("pep")!;
const koDeltas = koLeg.deltas;
const pepDeltas = pepLeg.deltas;
const koStaler = (stale.ko > 2 && stale.pep < stale.ko) || koDeltas.sum() > 1;
const staleLeg = koStaler ? koDeltas : pepDeltas;
staleLeg.data[0] = 0; // expect: no-alias-mutation

const risk = new Map<string, number>();
let skipped = 0;
legsLoop: for (const [ticker, leg] of legs) {
  switch (ticker) {
    case "spy":
      skipped++;
      continue legsLoop;
    case "cvx":
    case "pep":
      break;
    default: {
      const s = leg.spread();
      if (Number.isNaN(s)) break legsLoop;
      risk.set(ticker, Math.abs(s));
    }
  }
}

let worst = "";
try {
  let worstValue = -1;
  for (const [t, v] of risk) {
    if (v > worstValue) {
      worstValue = v;
      worst = t;
    }
  }
  if (worst === "") throw new Error("no linked pairs");
} catch (err) {
  console.warn((err as Error).message);
} finally {
  console.log("pairs linked:", linked, "missing:", missing, "skipped:", skipped);
}

for (const [t, v] of risk) console.log(`${t.padEnd(4)} spread ${v.toFixed(3)}`);
console.log("widest spread:", worst || "n/a");
console.log("ko deltas:", koDeltas.tolist(), "pep deltas:", pepDeltas.tolist());
