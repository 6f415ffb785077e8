// Caches a unit-dose steady-state profile at module level and derives dose-specific profiles and trough floors for the dosing service.
import { zeros, NDArray } from "ndalias";

const HOURS = 24;
const KA_PER_H = 1.1;
const KE_PER_H = 0.12;
const TAU_H = 12;

function accumulation(ke: number, tau: number): number {
  return 1 / (1 - Math.exp(-ke * tau));
}

function buildUnitProfile(hours: number, ka: number, ke: number, tau: number): NDArray {
  const profile = zeros(hours);
  const scale = ka / (ka - ke);
  for (let h = 0; h < hours; h++) {
    const t = h % tau;
    const value =
      scale * (Math.exp(-ke * t) * accumulation(ke, tau) - Math.exp(-ka * t) * accumulation(ka, tau));
    profile.set(h, value);
  }
  return profile;
}

// Computed once per process: concentration per mg of dose, over one day.
const UNIT_PROFILE = buildUnitProfile(HOURS, KA_PER_H, KE_PER_H, TAU_H);

export function profileForDose(doseMg: number): NDArray {
  const profile = UNIT_PROFILE;
  profile.imul(doseMg); // expect: no-alias-mutation
  return profile;
}

export function profileForDoseCopy(doseMg: number): NDArray {
  return UNIT_PROFILE.mul(doseMg);
}

export function troughWithFloor(floor: number): number {
  const lastDose = UNIT_PROFILE.slice(`-${TAU_H}:`);
  for (let i = 0; i < lastDose.size; i++) {
    if (lastDose.get(i) < floor) {
      lastDose.set(i, floor); // expect: no-view-mutation
    }
  }
  return lastDose.min();
}

export function peakToTroughRatio(): number {
  const window = UNIT_PROFILE.slice(`-${TAU_H}:`);
  return window.max() / window.min();
}

// Recalibration after a new bioavailability estimate: writes the cache by its own name.
export function recalibrate(bioavailability: number): number {
  UNIT_PROFILE.imul(bioavailability);
  return UNIT_PROFILE.max();
}

export function invalidate(): void {
  UNIT_PROFILE.fill(0);
}

export function snapshot(): NDArray {
  return UNIT_PROFILE.copy();
}

export function timeAboveThreshold(doseMg: number, thresholdMgL: number): number {
  const scaled = UNIT_PROFILE.mul(doseMg);
  let hours = 0;
  for (let h = 0; h < scaled.size; h++) {
    if (scaled.get(h) >= thresholdMgL) hours++;
  }
  return hours;
}

export function clampedProfile(doseMg: number, ceilingMgL: number): NDArray {
  const clamped = UNIT_PROFILE.mul(doseMg);
  for (let h = 0; h < clamped.size; h++) {
    if (clamped.get(h) > ceilingMgL) clamped.set(h, ceilingMgL);
  }
  return clamped;
}

export function serviceStatus(): string {
  const s = snapshot();
  return `cache: ${s.size} h, peak/trough ${peakToTroughRatio().toFixed(2)}, AUC ${s.sum().toFixed(2)}`;
}

console.log(serviceStatus());
console.log("600 mg profile:", profileForDoseCopy(600).tolist());
console.log("time above 4 mg/L at 600 mg:", timeAboveThreshold(600, 4));
