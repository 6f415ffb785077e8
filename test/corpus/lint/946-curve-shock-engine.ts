// Applies discriminated-union yield-curve shocks to a zero curve and reports bond PV changes and key-rate DV01s.
import { array, linspace, NDArray } from "ndalias";

const BP = 1e-4;

type Shock =
  | { readonly kind: "parallel"; readonly bp: number }
  | { readonly kind: "twist"; readonly shortBp: number; readonly longBp: number }
  | { readonly kind: "scale"; readonly factor: number };

type ShockKind = Shock["kind"];
type ShockOf<K extends ShockKind> = Extract<Shock, { kind: K }>;

interface CashflowSchedule {
  readonly times: NDArray;
  readonly flows: NDArray;
}

function presentValue(curve: NDArray, { times, flows }: CashflowSchedule): number {
  let pv = 0;
  for (let i = 0; i < flows.size; i++) {
    pv += flows.get(i) * Math.exp(-curve.get(i) * times.get(i));
  }
  return pv;
}

function assertNever(x: never): never {
  throw new Error(`unhandled shock ${JSON.stringify(x)}`);
}

function shockedCurve(curve: NDArray, shock: Shock): NDArray {
  const out = curve.copy();
  switch (shock.kind) {
    case "parallel":
      out.iadd(shock.bp * BP);
      break;
    case "twist": {
      const { shortBp, longBp } = shock;
      out.iadd(linspace(shortBp * BP, longBp * BP, out.size));
      break;
    }
    case "scale":
      out.imul(shock.factor);
      break;
    default:
      return assertNever(shock);
  }
  return out;
}

function makeShock<K extends ShockKind>(shock: ShockOf<K>): Shock {
  return shock;
}

/** Fast path used by the intraday screen: avoids an allocation per shock. */
function bumpParallel(curve: NDArray, bp: number): NDArray {
  curve.iadd(bp * BP); // expect: no-alias-mutation
  return curve;
}

function keyRateDv01(curve: NDArray, schedule: CashflowSchedule, bucket: number): number {
  const base = presentValue(curve, schedule);
  const bumped = curve.copy();
  const bucketRate = curve.take([bucket]);
  bucketRate.iadd(BP); // expect: no-lost-write
  return presentValue(bumped, schedule) - base;
}

function keyRateProfile(curve: NDArray, schedule: CashflowSchedule): number[] {
  return Array.from({ length: curve.size }, (_, k) => keyRateDv01(curve, schedule, k));
}

const zeroCurve = linspace(0.031, 0.044, 6);
const bond: CashflowSchedule = {
  times: array([0.5, 1, 2, 3, 5, 7]),
  flows: array([2, 2, 2, 2, 2, 102]),
};

const scenarios: readonly Shock[] = [
  makeShock<"parallel">({ kind: "parallel", bp: 50 }),
  makeShock<"twist">({ kind: "twist", shortBp: -20, longBp: 35 }),
  makeShock<"scale">({ kind: "scale", factor: 1.1 }),
];

const basePv = presentValue(zeroCurve, bond);
for (const shock of scenarios) {
  const pv = presentValue(shockedCurve(zeroCurve, shock), bond);
  console.log(`${shock.kind.padEnd(9)} dPV=${(pv - basePv).toFixed(4)}`);
}

const profile = keyRateProfile(zeroCurve, bond);
console.log("key-rate DV01s:", profile.map((x) => x.toFixed(5)).join(", "));

const intraday = bumpParallel(zeroCurve, 10);
console.log("intraday curve:", intraday.tolist());
console.log("base curve PV after screen:", presentValue(zeroCurve, bond).toFixed(4));
