// Resolves per-device calibration offsets and gains with factory fallbacks, corrects raw probe readings and prints a drift report.
import { array, zeros, NDArray } from "ndalias";

const FACTORY_OFFSETS = array([0.02, -0.01, 0.03, 0.0]);
const FACTORY_GAIN = array([1.0, 1.0, 0.98, 1.02]);
const NOMINAL_TEMP = 25;

interface Device {
  id: string;
  offsets?: NDArray;
  gain?: NDArray;
  history?: NDArray;
  tempC?: number | null;
}

function driftFor(tempC: number): number {
  return (tempC - NOMINAL_TEMP) * 0.0015;
}

// Offsets adjusted for the probe temperature (falls back to the factory table).
export function correctedOffsets(dev: Device, tempC: number): NDArray {
  const offsets = dev.offsets ?? FACTORY_OFFSETS;
  if (Math.abs(tempC - NOMINAL_TEMP) < 0.5) {
    return offsets;
  }
  offsets.iadd(driftFor(tempC)); // expect: no-alias-mutation
  return offsets;
}

// Same adjustment, but on a private copy of whichever table applies.
export function safeOffsets(dev: Device, tempC: number): NDArray {
  const source = dev.offsets ?? FACTORY_OFFSETS;
  const shifted = source.copy();
  if (Math.abs(tempC - NOMINAL_TEMP) >= 0.5) {
    shifted.iadd(driftFor(tempC));
  }
  return shifted;
}

export function effectiveGain(dev: Device, boost = 1): NDArray {
  const source = dev.gain || FACTORY_GAIN;
  const boosted = source.mul(boost);
  if (boost > 1.2) {
    boosted.set(0, 1.0);
  }
  return boosted;
}

// Peak-to-peak spread of the gain table around its mean.
export function gainSpread(dev: Device): number {
  const { gain = FACTORY_GAIN } = dev;
  if (gain.size < 2) return 0;
  gain.isub(gain.mean()); // expect: no-alias-mutation
  return gain.max() - gain.min();
}

export function gainSpreadSafe(dev: Device): number {
  const { gain = FACTORY_GAIN } = dev;
  if (gain.size < 2) return 0;
  const centred = gain.sub(gain.mean());
  return centred.max() - centred.min();
}

function recordReading(dev: Device, reading: NDArray): void {
  dev.history ??= zeros(reading.size);
  dev.history.imul(0.9);
  dev.history.iadd(reading.mul(0.1));
}

function describe(dev: Device): string {
  const source = dev.offsets ? "custom" : "factory";
  const temp = dev.tempC ?? NOMINAL_TEMP;
  return `${dev.id} (${source} offsets, ${temp.toFixed(1)} C)`;
}

const devices: Device[] = [
  { id: "probe-a", tempC: 31 },
  { id: "probe-b", offsets: array([0.01, 0.01, 0.0, -0.02]), tempC: null },
  { id: "probe-c", gain: array([1.01, 0.99, 1.0, 1.0]), tempC: 18 },
];
const raw = array([1.5, 1.48, 1.52, 1.49]);

for (const dev of devices) {
  const tempC = dev.tempC ?? NOMINAL_TEMP;
  const offsets = dev.id === "probe-a" ? correctedOffsets(dev, tempC) : safeOffsets(dev, tempC);
  const reading = raw.sub(offsets).mul(effectiveGain(dev));
  recordReading(dev, reading);
  console.log(describe(dev), "reading:", reading.tolist());
  console.log("  gain spread:", gainSpreadSafe(dev).toFixed(4));
}

let smoothed = 0;
for (const dev of devices) {
  smoothed += dev.history?.mean() ?? 0;
}
console.log("mean smoothed reading:", (smoothed / devices.length).toFixed(4));
console.log("factory offsets after run:", FACTORY_OFFSETS.tolist());
console.log("probe-c spread (destructive):", gainSpread(devices[2]));
console.log("factory gain:", FACTORY_GAIN.tolist());
