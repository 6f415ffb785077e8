// Refreshes a shared sensor calibration table from an async drift source, previews refreshed tables and calibrates incoming readings.
import { array, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

const calibration = array([0.12, -0.05, 0.3, 0.0]);
let generation = 0;

async function fetchDrift(round: number): Promise<NDArray> {
  await sleep(2);
  return array([0.01 * round, 0.01, -0.02 * round, 0.005]);
}

export async function refreshCalibration(round: number): Promise<void> {
  const drift = await fetchDrift(round);
  try {
    calibration.iadd(drift);
    generation++;
  } finally {
    drift.dispose();
  }
}

export async function previewCalibration(round: number): Promise<number> {
  const table = calibration;
  const drift = await fetchDrift(round);
  table.iadd(drift); // expect: no-alias-mutation
  drift.dispose();
  return table.mean();
}

export async function previewCalibrationSafe(round: number): Promise<number> {
  using table = calibration.copy();
  const drift = await fetchDrift(round);
  table.iadd(drift);
  drift.dispose();
  return table.mean();
}

export async function resetCalibration(): Promise<void> {
  const zeroed = calibration.copy();
  zeroed.fill(0); // expect: no-lost-write
  await sleep(1);
  generation = 0;
}

export async function calibrate(readings: NDArray): Promise<NDArray> {
  const snapshot = calibration.copy();
  await sleep(1);
  const out = readings.sub(snapshot);
  snapshot.dispose();
  out.imul(1.0 + generation * 0.001);
  return out;
}

function formatRow(values: NDArray): string {
  return (values.tolist() as number[]).map((v) => v.toFixed(3)).join("  ");
}

async function main(): Promise<void> {
  const incoming = [
    array([1.0, 2.0, 3.0, 4.0]),
    array([1.1, 1.9, 3.2, 4.1]),
    array([0.9, 2.2, 2.8, 3.9]),
  ];

  for (let round = 1; round <= incoming.length; round++) {
    const safeMean = await previewCalibrationSafe(round);
    console.log(`round ${round}: preview mean ${safeMean.toFixed(4)}`);
    await refreshCalibration(round);
    const calibrated = await calibrate(incoming[round - 1]);
    console.log(`round ${round} (generation ${generation}):`, formatRow(calibrated));
    calibrated.dispose();
  }

  const optimistic = await previewCalibration(4);
  console.log("optimistic preview mean:", optimistic.toFixed(4));
  console.log("table in use:", formatRow(calibration));

  await resetCalibration();
  console.log("after reset, generation", generation, "table:", formatRow(calibration));

  for (const batch of incoming) batch.dispose();
}

main().catch((err: unknown) => {
  console.error("calibration failed:", err);
  process.exitCode = 1;
});
