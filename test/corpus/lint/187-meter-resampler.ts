// Smart-meter resampler: hourly readings are reshaped into day rows that are only read, anomalies are patched on a working copy, and the module's tariff table is updated through its own name.
import { zeros, full, NDArray } from "ndalias";

const HOURS = 24;
const TARIFF = full(HOURS, 0.2);
TARIFF.slice("17:21").fill(0.35);
let tariffVersion = 1;

export function setPeakTariff(price: number): { before: number; version: number } {
  const peak = TARIFF.slice("17:21");
  const before = peak.mean();
  TARIFF.slice("17:21").fill(price);
  return { before, version: ++tariffVersion };
}

export function byDay(hourly: NDArray): NDArray {
  return hourly.reshape(hourly.size / HOURS, HOURS);
}

export function dailyTotals(hourly: NDArray): NDArray {
  const days = byDay(hourly);
  const totals = zeros(days.shape[0]);
  for (let d = 0; d < days.shape[0]; d++) totals.set(d, days.slice(d).sum());
  return totals;
}

export function dailyCost(hourly: NDArray): number[] {
  const days = byDay(hourly);
  const priced = days.mul(TARIFF.broadcastTo(days.shape));
  const out: number[] = [];
  for (let d = 0; d < priced.shape[0]; d++) out.push(priced.slice(d).sum());
  return out;
}

export function patchAnomalies(hourly: NDArray, maxKwh: number): { clean: NDArray; patched: number } {
  const clean = hourly.copy();
  let patched = 0;
  for (let i = 0; i < clean.size; i++) {
    const v = clean.get(i);
    if (v < 0 || v > maxKwh) {
      clean.set(i, i > 0 ? clean.get(i - 1) : 0);
      patched++;
    }
  }
  return { clean, patched };
}

export function medianHour(hourly: NDArray): number {
  const sorted = hourly.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

export function peakShare(hourly: NDArray): number {
  const evening = byDay(hourly).slice(":", "17:21");
  return evening.sum() / (hourly.sum() || 1);
}

export function assembleWeek(days: NDArray[]): NDArray {
  const week = zeros(days.length * HOURS);
  days.forEach((d, i) => week.slice(`${i * HOURS}:${(i + 1) * HOURS}`).assign(":", d));
  return week;
}

export function loadProfile(hourly: NDArray): NDArray {
  const days = byDay(hourly);
  const profile = zeros(HOURS);
  for (let d = 0; d < days.shape[0]; d++) profile.iadd(days.slice(d));
  profile.idiv(profile.max() || 1);
  return profile;
}
