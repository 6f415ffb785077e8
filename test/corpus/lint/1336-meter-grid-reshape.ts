// Reshapes a day of 15-minute meter readings into an hours-by-quarters grid, repairs bad samples and publishes hourly and daily totals.
// runnable
import { arange, zeros, NDArray } from "ndalias";

interface MeterConfig {
  quartersPerHour: number;
  hours: number;
  faultCode: number;
  maintenanceHour: number;
}

const DEFAULTS: MeterConfig = { quartersPerHour: 4, hours: 6, faultCode: 999, maintenanceHour: 2 };

const hourlyCache = new Map<string, number[]>();

function loadReadings(cfg: MeterConfig): NDArray {
  const readings = arange(0, cfg.hours * cfg.quartersPerHour);
  readings.imul(0.25);
  readings.iadd(1);
  readings.set(5, cfg.faultCode);
  return readings;
}

function hourlyTotals(grid: NDArray): number[] {
  const totals: number[] = [];
  for (let h = 0; h < grid.shape[0]; h++) {
    totals.push(grid.slice(h).sum());
  }
  return totals;
}

function faultPositions(readings: NDArray, faultCode: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < readings.size; i++) {
    if (readings.get(i) === faultCode) {
      found.push(i);
    }
  }
  return found;
}

function peakQuarterProfile(grid: NDArray): NDArray {
  const profile = zeros(grid.shape[1]);
  for (let q = 0; q < grid.shape[1]; q++) {
    profile.set(q, grid.slice(":", q).max());
  }
  return profile;
}

function describeConfig(cfg: MeterConfig): string {
  return Object.entries(cfg)
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
}

const overrides: Partial<MeterConfig> = { maintenanceHour: 3 };
const cfg: MeterConfig = { ...DEFAULTS, ...overrides };

console.log("meter config:", describeConfig(cfg));

const readings = loadReadings(cfg);
const grid = readings.reshape(cfg.hours, cfg.quartersPerHour);
const before = hourlyTotals(grid);
hourlyCache.set("raw", before);

// Repair: a faulty sample is replaced by the previous quarter's value.
for (const pos of faultPositions(readings, cfg.faultCode)) {
  const previous = readings.get(pos - 1) as number;
  readings.set(pos, previous); // expect: no-view-mutation
}

// The meter was offline during maintenance: blank out that hour in the grid.
const maintenance = grid.slice(cfg.maintenanceHour);
maintenance.fill(0); // expect: no-view-mutation

const after = hourlyTotals(grid);
hourlyCache.set("repaired", after);

const profile = peakQuarterProfile(grid);
profile.idiv(profile.max() || 1);

for (const [key, totals] of hourlyCache) {
  console.log(key.padEnd(9), totals.map((t) => t.toFixed(2)).join(" "));
}
console.log("peak quarter profile:", profile.tolist());
console.log("daily total:", readings.sum().toFixed(2));
