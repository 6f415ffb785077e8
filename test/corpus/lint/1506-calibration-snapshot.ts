// Publishes boot-time calibration offsets as a frozen snapshot, recalibrates the live offsets in place and reports both.
import { array, NDArray } from "ndalias";

const liveOffsets = array([0.12, -0.05, 0.33, 0.0]);

const SNAPSHOT = Object.freeze({
  offsets: liveOffsets.copy(),
  takenAt: "boot",
});

class Calibration {
  static readonly FACTORY = Object.freeze({ offsets: array([0.1, 0.0, 0.3, 0.0]), gain: 1.0 });
  private static drifts = 0;

  static applyDrift(drift: NDArray): void {
    liveOffsets.isub(drift);
    Calibration.drifts++;
  }

  static driftCount(): number {
    return Calibration.drifts;
  }

  static deviationFromFactory(): number {
    const diff = liveOffsets.sub(Calibration.FACTORY.offsets);
    diff.imul(diff);
    return Math.sqrt(diff.sum());
  }

  static halve(): number {
    liveOffsets.imul(0.5);
    return liveOffsets.sum();
  }
}

function corrected(raw: NDArray): NDArray {
  return raw.sub(liveOffsets);
}

function correctedFromSnapshot(raw: NDArray): NDArray {
  const out = raw.sub(SNAPSHOT.offsets);
  out.imul(Calibration.FACTORY.gain);
  return out;
}

function describe(label: string, offsets: NDArray): string {
  const values = offsets.tolist() as number[];
  return `${label}: [${values.map((v) => v.toFixed(3)).join(", ")}]`;
}

function outOfTolerance(tolerance: number): number[] {
  const flagged: number[] = [];
  for (let i = 0; i < liveOffsets.size; i++) {
    const moved = Math.abs(liveOffsets.get(i) - SNAPSHOT.offsets.get(i));
    if (moved > tolerance) flagged.push(i);
  }
  return flagged;
}

const reading = array([1.0, 2.0, 3.0, 4.0]);

// Looks at the offsets before they move; the alias is not used afterwards.
const atBoot = liveOffsets;
console.log(describe("offsets at boot", atBoot), "sum:", atBoot.sum().toFixed(3));
console.log("corrected at boot:", corrected(reading).tolist());

Calibration.applyDrift(array([0.01, 0.01, 0.01, 0.01]));
liveOffsets.isub(0.02);
console.log("after drift, halved sum:", Calibration.halve().toFixed(4));
console.log(describe("live offsets", liveOffsets));

// Published after the last recalibration, so it shows the final values by design.
const published = liveOffsets;
console.log(describe("published", published), "drifts:", Calibration.driftCount());

// A trial adjustment on a copy, which is read.
const trial = liveOffsets.copy();
trial.iadd(0.1);
console.log(describe("trial", trial), "trial mean:", trial.mean().toFixed(4));

console.log(describe("snapshot", SNAPSHOT.offsets), "taken at", SNAPSHOT.takenAt);
console.log("corrected now:", corrected(reading).tolist());
console.log("corrected by snapshot:", correctedFromSnapshot(reading).tolist());
console.log("channels out of tolerance:", outOfTolerance(0.05));
console.log("deviation from factory:", Calibration.deviationFromFactory().toFixed(4));
console.log(describe("factory", Calibration.FACTORY.offsets));
