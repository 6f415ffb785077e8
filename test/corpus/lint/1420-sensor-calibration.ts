// Calibrates a rack of temperature sensors: trims the warm-up drift, applies the gain and prints a per-sensor report.
// runnable
import { array, zeros, NDArray } from "ndalias";

const calibration = {
  offset: 0.75,
  gain: 1.02,
  warmup: 3,
  alarmAbove: 23.5,
};

const fmt = (x: NDArray) =>
  (x.tolist() as number[]).map((v) => v.toFixed(2)).join("  ");

const makeTracker = (window: number) => {
  const history = zeros(window);
  let count = 0;
  return {
    push: (value: number) => {
      history.set(count % window, value);
      count += 1;
    },
    mean: () => (count === 0 ? NaN : history.slice(`0:${Math.min(count, window)}`).mean()),
    reset: () => {
      history.fill(0);
      count = 0;
    },
  };
};

const report = {
  header: (title: string) => console.log(`\n== ${title} ==`),
  line: (label: string, x: NDArray) => console.log(label.padEnd(12), fmt(x)),
  scalar: (label: string, v: number) => console.log(label.padEnd(12), v.toFixed(3)),
};

const readings = array([21.4, 21.9, 22.3, 22.1, 22.0, 21.8, 22.4, 22.6]);
const factory = readings.copy();
report.header("raw");
report.line("readings", readings);

// the first few samples come from a sensor that is still warming up
const warmup = readings.slice(`0:${calibration.warmup}`);
report.scalar("warm-up mean", warmup.mean());
warmup.isub(calibration.offset); // expect: no-view-mutation

const corrected = readings.mul(calibration.gain);
report.header("corrected");
report.line("corrected", corrected);

// drift with respect to the factory snapshot, in hundredths of a degree
const drift = corrected.sub(factory);
drift.imul(100);
report.line("drift (cdeg)", drift);

// the display panel shows readings in single precision
corrected.astype("float32").imul(10); // expect: no-lost-write
report.line("panel", corrected);

const tracker = makeTracker(4);
(corrected.tolist() as number[]).forEach((v) => tracker.push(v));
report.scalar("rolling mean", tracker.mean());

const alarms = (() => {
  const flags: number[] = [];
  for (let i = 0; i < corrected.size; i++) {
    if (corrected.get(i) > calibration.alarmAbove) flags.push(i);
  }
  return flags;
})();
console.log("alarms:", alarms.length ? alarms.join(", ") : "none");

const summary = (x: NDArray) => ({
  min: x.min(),
  max: x.max(),
  mean: x.mean(),
  spread: x.max() - x.min(),
});

const s = summary(corrected);
report.header("summary");
report.scalar("min", s.min);
report.scalar("max", s.max);
report.scalar("mean", s.mean);
report.scalar("spread", s.spread);

tracker.reset();
report.scalar("after reset", Number.isNaN(tracker.mean()) ? 0 : tracker.mean());
report.line("factory", factory);
