// Rescales a rolling feature buffer on timers with in-place helpers, keeping pre-scaling copies for drift and audit reports.
import { array, NDArray } from "ndalias";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function clampInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    x.data[i] = Math.min(hi, Math.max(lo, x.data[i] as number));
  }
}

function unitPeakInPlace(x: NDArray): void {
  const peak = Math.max(x.max(), -x.min());
  if (peak > 0) x.idiv(peak);
}

const resetTail = (x: NDArray): void => {
  const tail = x.slice("-2:");
  tail.fill(0);
};

const features = array([4.0, -7.5, 2.5, 9.0, -1.0, 3.0]);
const baseline = features.copy();
const audit: string[] = [];

function scheduleRescale(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(() => {
      clampInPlace(features, -6, 6);
      unitPeakInPlace(features);
      audit.push(`rescaled at +${ms}ms`);
      resolve();
    }, ms);
  });
}

async function driftReport(): Promise<number> {
  const before = features.copy();
  await scheduleRescale(2);
  const drift = before.sub(features);
  drift.imul(drift);
  return Math.sqrt(drift.sum());
}

async function watchPeak(rounds: number): Promise<number[]> {
  const peaks: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const head = features.slice(":3");
    peaks.push(head.max());
    await sleep(1);
  }
  return peaks;
}

async function main(): Promise<void> {
  let reference: NDArray = features;
  console.log("reference mean before rescaling:", reference.mean().toFixed(3));
  reference = features.copy();

  const [drift, peaks] = await Promise.all([driftReport(), watchPeak(3)]);
  console.log("drift after rescale:", drift.toFixed(4));
  console.log("head peaks while rescaling:", peaks.map((p) => p.toFixed(3)).join(", "));

  await new Promise<void>((resolve) => {
    setTimeout(() => {
      resetTail(features);
      features.set(0, 0);
      resolve();
    }, 1);
  });

  const snapshot = features.slice(":");
  console.log("features now:", snapshot.tolist());
  console.log("reference (pre-rescale copy):", reference.tolist());
  console.log("baseline total:", baseline.sum(), "current total:", features.sum().toFixed(4));

  const staged = features.copy();
  const timer = setInterval(() => {
    staged.imul(0.5);
    audit.push(`staged halved, peak ${staged.max().toFixed(4)}`);
  }, 1);
  await sleep(4);
  clearInterval(timer);
  console.log("staged decayed copy:", staged.tolist());
  console.log("features unchanged by staging:", features.tolist());
  console.log(audit.join("\n"));
}

await main();
