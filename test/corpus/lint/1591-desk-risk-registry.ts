// Risk registry for a trading floor: desks keep position and price vectors in object-dtype tables linked to the floor, plus a hedge ticket sized from a book view.
// runnable
import { array, empty, NDArray, refcount } from "ndalias";

// floor: [0] equities desk, [1] rates desk, [2] limit vector (equity notional, rates DV01)
const floor = empty(3, "object");
// equities desk: [0] share positions, [1] prices, [2] parent floor (for limit lookups)
const equities = empty(3, "object");
// rates desk: [0] DV01 per bond, [1] notionals in millions
const rates = empty(2, "object");

equities.set(0, array([1200, -300, 450]));
equities.set(1, array([52.1, 18.4, 97.3]));
rates.set(0, array([420, 890, 1510]));
rates.set(1, array([10, 5, 2]));

floor.set(0, equities);
floor.set(1, rates);
floor.set(2, array([150_000, 40_000]));
equities.set(2, floor); // expect: no-reference-cycle

function equityNotional(desk: NDArray): number {
  const qty: NDArray = desk.get(0);
  const px: NDArray = desk.get(1);
  let gross = 0;
  for (let i = 0; i < qty.size; i++) {
    gross += Math.abs(qty.get(i) * px.get(i));
  }
  return gross;
}

function ratesDv01(desk: NDArray): number {
  const dv01: NDArray = desk.get(0);
  const notional: NDArray = desk.get(1);
  return dv01.mul(notional).sum();
}

function limitUsage(used: number, limit: number): string {
  const pct = (used / limit) * 100;
  const flag = pct > 100 ? "BREACH" : pct > 80 ? "warn" : "ok";
  return `${pct.toFixed(1)}% (${flag})`;
}

// --- limit check -------------------------------------------------------------------------
const limits: NDArray = floor.get(2);
const eqDesk: NDArray = floor.get(0);
const rtDesk: NDArray = floor.get(1);
const eqGross = equityNotional(eqDesk);
const rtRisk = ratesDv01(rtDesk);
console.log("equities gross notional:", eqGross.toFixed(0), "usage:", limitUsage(eqGross, limits.get(0)));
console.log("rates DV01:", rtRisk.toFixed(0), "usage:", limitUsage(rtRisk, limits.get(1)));

// The equities desk reads its limit through its parent link.
const parent: NDArray = equities.get(2);
const parentLimits: NDArray = parent.get(2);
console.log("equities limit via parent:", parentLimits.get(0));

// --- hedge ticket ---------------------------------------------------------------------------
// Index-future hedge book: long legs first, short legs last.
const hedgeBook = array([500, 250, -100, -650]);
const longLeg = hedgeBook.slice(":2");
const shortLeg = hedgeBook.slice("2:");
console.log("long contracts:", longLeg.sum(), "short contracts:", shortLeg.sum());

// The broker ticket wants absolute quantities for the sell side.
shortLeg.imul(-1); // expect: no-view-mutation
console.log("sell ticket quantities:", shortLeg.tolist());

const netHedge = hedgeBook.sum();
console.log("net hedge position:", netHedge, netHedge === 0 ? "(flat)" : "");

// A separate absolute-quantity list computed from a copy leaves the book untouched.
const grossTicket = hedgeBook.copy();
for (let i = 0; i < grossTicket.size; i++) {
  grossTicket.set(i, Math.abs(grossTicket.get(i)));
}
console.log("gross contracts:", grossTicket.sum());

// --- registry bookkeeping ------------------------------------------------------------------------
console.log("references to the floor table:", refcount(floor));
console.log("references to the equities table:", refcount(equities));
const deskNames = ["equities", "rates"];
for (let d = 0; d < deskNames.length; d++) {
  const desk: NDArray = floor.get(d);
  console.log(`desk ${deskNames[d]}: ${desk.size} slots`);
}
console.log("end of day registry report complete");
