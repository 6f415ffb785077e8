// Calibrates a batch of temperature sensor readings (offset removal, unit conversion, smoothing) and prints raw and calibrated statistics.
// runnable
import { array, NDArray } from "ndalias";

// readings from six sensors, in tenths of a degree Celsius
const rawReadings = array([215, 219, 230, 208, 224, 211]);
// per-sensor offsets measured during the last maintenance
const sensorOffsets = array([2, -1, 3, 0, -2, 1]);

// small helper to print a labelled summary line
function summary(label: string, values: NDArray): string {
  const lo = values.min();
  const hi = values.max();
  const avg = values.mean();
  return `${label}: min=${lo.toFixed(2)} max=${hi.toFixed(2)} mean=${avg.toFixed(2)}`;
}

// keep a backup of the raw data so that the report can show it later
const backup = rawReadings.copy();
console.log(summary("backup", backup));

// working array for the calibration steps
// (assigning to a new const gives us a new array to work on)
const working = rawReadings;

// step 1: remove the offsets of each sensor
working.isub(sensorOffsets); // expect: no-alias-mutation

// step 2: tenths of a degree -> degrees
const degrees = working.div(10);
console.log(summary("degrees", degrees));

// step 3: fahrenheit version for the dashboard
const fahrenheit = degrees.mul(9 / 5);
fahrenheit.iadd(32);
console.log(summary("fahrenheit", fahrenheit));

// step 4: clipped copy for the alarm check, anything above 22.5 is clipped
const alarmInput = degrees.copy();
let alarmCount = 0;
for (let i = 0; i < alarmInput.size; i++) {
  if (alarmInput.get(i) > 22.5) {
    alarmInput.set(i, 22.5);
    alarmCount = alarmCount + 1;
  }
}
console.log("alarms:", alarmCount, "clipped values:", alarmInput.tolist());

// step 5: damp the readings a little before they go to the trend chart
const damped = degrees.flatten();
damped.imul(0.95); // expect: no-lost-write

// the trend chart gets the damped values (see step 5)
const trend = degrees.tolist() as number[];
console.log("trend chart:", trend.map((t) => t.toFixed(1)).join(" "));

// step 6: difference between each sensor and the group mean
const groupMean = degrees.mean();
const deviations = degrees.sub(groupMean);
const absDev: number[] = [];
for (let i = 0; i < deviations.size; i++) {
  absDev.push(Math.abs(deviations.get(i)));
}
console.log("largest deviation:", Math.max(...absDev).toFixed(3));

// final report: the raw readings should still be the untouched sensor values
console.log(summary("raw readings", rawReadings));
console.log("raw list:", rawReadings.tolist());
console.log("backup list:", backup.tolist());
