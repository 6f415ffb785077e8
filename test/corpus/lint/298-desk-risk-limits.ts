// Desk-level risk limits held as a module singleton, with helpers to stress, cap, reset and compare them during the daily risk run.
import { array, NDArray } from "ndalias";

export enum Desk {
  Rates = 0,
  Credit = 1,
  Equities = 2,
  FX = 3,
}

export const RISK_LIMITS = array([5e6, 3e6, 4e6, 2e6]);
const BASELINE = RISK_LIMITS.copy();

export function resetLimits(): void {
  RISK_LIMITS.assign(":", BASELINE);
}

export function setLimit(desk: Desk, value: number): void {
  RISK_LIMITS.set(desk, value);
}

export function scaledLimits(factor: number): NDArray {
  const out = RISK_LIMITS.copy();
  out.imul(factor);
  return out;
}

export function stressedLimits(shock: number): NDArray {
  const limits = RISK_LIMITS;
  limits.imul(1 - shock); // expect: no-alias-mutation
  return limits;
}

export function capMacroDesks(cap: number): number {
  const macro = RISK_LIMITS.slice(`${Desk.Rates}:${Desk.Credit + 1}`);
  for (let i = 0; i < macro.size; i++) {
    if (macro.get(i) > cap) {
      macro.set(i, cap); // expect: no-view-mutation
    }
  }
  return RISK_LIMITS.sum();
}

export function headroom(exposure: NDArray): NDArray {
  return RISK_LIMITS.sub(exposure);
}

export function breaches(exposure: NDArray): Desk[] {
  const room = headroom(exposure);
  const out: Desk[] = [];
  for (let d = 0; d < room.size; d++) {
    if (room.get(d) < 0) out.push(d as Desk);
  }
  return out;
}

const exposure = array([4.2e6, 3.1e6, 1e6, 0.5e6]);
console.log("breaches at baseline:", breaches(exposure).map((d) => Desk[d]));
console.log("limits at 2x:", scaledLimits(2).tolist());

const stressed = stressedLimits(0.25);
console.log("stressed limits:", stressed.tolist(), "breaches:", breaches(exposure).map((d) => Desk[d]));
resetLimits();

setLimit(Desk.FX, 2.5e6);
console.log("total after macro cap:", capMacroDesks(3.5e6));
console.log("final limits:", RISK_LIMITS.tolist());
