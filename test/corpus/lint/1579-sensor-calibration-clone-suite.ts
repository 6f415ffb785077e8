// Test suite for sensor calibration: fixtures hold raw readings and offsets, clone helpers isolate tests, and assertions compare against copies taken first.
import { array, NDArray } from "ndalias";

interface SensorFixture {
  readings: NDArray;
  offsets: NDArray;
  gain: number;
}

function setup(): SensorFixture {
  return {
    readings: array([
      [10.5, 11.0, 9.5, 10.0],
      [20.5, 21.0, 19.5, 20.0],
      [30.5, 31.0, 29.5, 30.0],
    ]),
    offsets: array([0.5, 1.0, -0.5, 0.0]),
    gain: 2,
  };
}

function cloneFixture(fx: SensorFixture): SensorFixture {
  return { readings: fx.readings.copy(), offsets: fx.offsets.copy(), gain: fx.gain };
}

function assertEqual(actual: number, expected: number, label: string): boolean {
  const ok = Math.abs(actual - expected) < 1e-9;
  if (!ok) console.log(`    ${label}: ${actual} != ${expected}`);
  return ok;
}

// --- operations under test ---------------------------------------------------

function calibrated(fx: SensorFixture): SensorFixture {
  const out = cloneFixture(fx);
  for (let r = 0; r < out.readings.shape[0]; r++) {
    out.readings.slice(r).isub(fx.offsets);
  }
  out.readings.imul(fx.gain);
  return out;
}

function channelMeans(readings: NDArray): number[] {
  const means: number[] = [];
  for (let c = 0; c < readings.shape[1]; c++) {
    means.push(readings.slice(":", c).mean());
  }
  return means;
}

// --- tests ---------------------------------------------------------------------

function testCalibrationLeavesFixture(): boolean {
  const fx = setup();
  const cal = calibrated(fx);
  return assertEqual(cal.readings.get(0, 0), 20, "calibrated[0,0]") && assertEqual(fx.readings.get(0, 0), 10.5, "raw[0,0]");
}

function testBaselineCopyBeforeScaling(): boolean {
  const fx = setup();
  const baseline = fx.readings.copy();
  fx.readings.imul(fx.gain);
  const ratio = fx.readings.sum() / baseline.sum();
  return assertEqual(ratio, 2, "scaling ratio");
}

function testColumnSnapshot(): boolean {
  const fx = setup();
  const firstChannel = fx.readings.slice(":", 0).copy();
  fx.readings.assign(":, 0", 0);
  return assertEqual(firstChannel.sum(), 61.5, "snapshot of channel 0") && assertEqual(fx.readings.slice(":", 0).sum(), 0, "cleared channel 0");
}

function testCloneIsolation(): boolean {
  const fx = setup();
  const work = cloneFixture(fx);
  work.offsets.fill(0);
  work.readings.isub(10);
  const offsetsOk = assertEqual(fx.offsets.sum(), 1, "original offsets") && assertEqual(work.offsets.sum(), 0, "cleared clone offsets");
  return offsetsOk && assertEqual(work.readings.get(0, 0), 0.5, "shifted clone");
}

function testFlatSnapshotBeforeSort(): boolean {
  const fx = setup();
  const ordered = fx.readings.ravel().copy();
  ordered.sort();
  return assertEqual(ordered.get(0), 9.5, "smallest reading") && assertEqual(fx.readings.get(0, 2), 9.5, "raw order kept");
}

function testChannelMeans(): boolean {
  const fx = setup();
  const means = channelMeans(fx.readings);
  return assertEqual(means[0], 20.5, "mean of channel 0") && assertEqual(means[3], 20, "mean of channel 3");
}

// --- runner --------------------------------------------------------------------

const tests = [
  testCalibrationLeavesFixture,
  testBaselineCopyBeforeScaling,
  testColumnSnapshot,
  testCloneIsolation,
  testFlatSnapshotBeforeSort,
  testChannelMeans,
];

let failures = 0;
for (const test of tests) {
  const ok = test();
  if (!ok) failures++;
  console.log(`${ok ? "PASS" : "FAIL"} ${test.name}`);
}
console.log(`${tests.length - failures}/${tests.length} calibration tests passed`);
