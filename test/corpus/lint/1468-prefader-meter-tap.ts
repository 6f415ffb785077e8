// Channel strip with pre- and post-fader metering taps, a mute automation step and a pan law, printed as a console meter bridge.
// runnable
import { array, NDArray } from "ndalias";

interface StripSettings {
  faderDb: number;
  pan: number;
  muted: boolean;
}

interface MeterReading {
  label: string;
  peakL: number;
  peakR: number;
}

function dbToGain(db: number): number {
  return db <= -96 ? 0 : Math.pow(10, db / 20);
}

function panGains(pan: number): [number, number] {
  const angle = ((pan + 1) * Math.PI) / 4;
  return [Math.cos(angle), Math.sin(angle)];
}

function peakOf(channel: NDArray): number {
  return Math.max(channel.max(), -channel.min());
}

function readMeter(label: string, stereo: NDArray): MeterReading {
  return { label, peakL: peakOf(stereo.slice(0)), peakR: peakOf(stereo.slice(1)) };
}

function bar(level: number): string {
  const cells = Math.round(Math.min(1, level) * 20);
  return "#".repeat(cells).padEnd(20, ".");
}

function printBridge(readings: MeterReading[]): void {
  for (const r of readings) {
    console.log(`${r.label.padEnd(10)} L ${bar(r.peakL)} ${r.peakL.toFixed(3)}`);
    console.log(`${"".padEnd(10)} R ${bar(r.peakR)} ${r.peakR.toFixed(3)}`);
  }
}

const settings: StripSettings = { faderDb: -9, pan: 0.4, muted: false };

const strip = array([
  [0.62, -0.48, 0.91, -0.33, 0.2, -0.75, 0.5, 0.1],
  [0.58, -0.52, 0.87, -0.3, 0.25, -0.7, 0.45, 0.12],
]);

const readings: MeterReading[] = [];
readings.push(readMeter("input", strip));

// pre-fader tap for the send meters, sampled before the fader is applied
const preFaderTap = strip.slice(":", ":");

const faderGain = settings.muted ? 0 : dbToGain(settings.faderDb);
strip.imul(faderGain); // expect: no-view-mutation

const [gainL, gainR] = panGains(settings.pan);
strip.slice(0).imul(gainL); // expect: no-view-mutation
strip.slice(1).imul(gainR); // expect: no-view-mutation

readings.push(readMeter("pre-fader", preFaderTap));

const postFaderTap = strip.slice(":", ":");
readings.push(readMeter("post-fader", postFaderTap));

const headroomDb = -20 * Math.log10(Math.max(peakOf(strip.slice(0)), peakOf(strip.slice(1))));
printBridge(readings);
console.log("headroom dB:", headroomDb.toFixed(2));
console.log("post-fader frames:", postFaderTap.shape[1]);

const automation = [-9, -12, -18, -96];
const levels: number[] = [];
for (const db of automation) {
  levels.push(dbToGain(db));
}
console.log(
  "automation gains:",
  levels.map((g) => g.toFixed(3)),
);
