// Notebook: keeps a morning window into a temperature buffer and a humidity "baseline", then converts and calibrates the buffers.
// runnable
import { array, sharesMemory } from "ndalias";

// ---- Cell 1: six readings from the weather station, in Celsius ----
const temps = array([18.5, 19.0, 21.2, 22.8, 20.1, 17.9]);

// A slice is a window into temps (basic slicing = view), not a copy.
const morning = temps.slice(":3");
console.log("morning mean (C):", morning.mean());
console.log("window shares memory with temps?", sharesMemory(morning, temps));

// ---- Cell 2: convert the whole buffer to Fahrenheit in place ----
// I assumed morning was "done" already, but I print it again below,
// and now it shows Fahrenheit values.
temps.assign(":", temps.mul(9 / 5).add(32)); // expect: no-view-mutation
console.log("morning readings:", morning.tolist());
console.log("all readings (F):", temps.tolist());

// ---- Cell 3: the safe pattern: copy the window you want to keep ----
const evening = array([16.2, 15.8, 15.1]);
const eveningC = evening.slice(":2").copy();
evening.imul(9 / 5);
evening.iadd(32);
console.log("early evening (C):", eveningC.tolist(), "evening (F):", evening.tolist());

// ---- Cell 4: humidity, with a baseline to measure sensor drift ----
const humidity = array([55, 60, 58, 62, 65, 70]);
// Plain assignment does not copy anything: baseline IS humidity.
const baseline = humidity;
console.log("baseline mean:", baseline.mean());

// The sensor reads 3% high, so calibrate.
humidity.isub(3); // expect: no-alias-mutation
const drift = humidity.sub(baseline);
console.log("drift after calibration (expected -3 everywhere):", drift.tolist());

// ---- Cell 5: doing it properly ----
const pressure = array([1012, 1009, 1015, 1011]);
const rawPressure = pressure.copy();
pressure.iadd(1.5);
console.log("pressure correction:", pressure.sub(rawPressure).tolist());

// ---- Cell 6: a copy taken AFTER the write is no backup at all ----
// (it already contains the scaled values; it is simply a new array now)
const wind = array([3.2, 4.1, 5.5]);
wind.imul(3.6);
const windAfter = wind.copy();
console.log("wind km/h:", windAfter.tolist(), wind.tolist());
