// Notebook port: calibrates a temperature-sensor log — offset removal with a "backup", spike removal, per-sensor centring and a restore.
// runnable
import { array, zeros } from "ndalias";

// %% [1] raw log: 3 sensors x 5 readings (degrees C)
const log = array([
  [21.5, 21.7, 21.6, 35.0, 21.8],
  [19.9, 20.1, 20.0, 20.2, 20.3],
  [22.4, 22.6, 22.5, 22.7, 60.0],
]);
const sensorIds = ["s-01", "s-02", "s-03"];
console.log("raw log:", log.tolist());
console.log("raw mean:", log.mean().toFixed(3));

// %% [2] quick look at each sensor (views, read before anything is written)
for (let s = 0; s < sensorIds.length; s++) {
  const row = log.slice(s);
  console.log(`${sensorIds[s]}: min ${row.min()} max ${row.max()} mean ${row.mean().toFixed(2)}`);
}

// %% [3] keep a backup, then remove the known 0.5 degree offset
const backup = log.slice(":");
const safeBackup = log.copy();
log.isub(0.5); // expect: no-view-mutation
console.log("calibrated:", log.tolist());
console.log("backup (meant to be the raw log):", backup.tolist());
console.log("safe backup:", safeBackup.tolist());

// %% [4] spike removal: clear the two columns with the known glitches
const spikeCols = [3, 4];
log.take(spikeCols, 1).fill(0); // expect: no-lost-write
console.log("after spike removal:", log.tolist());

// %% [5] spike detection done right: compare against the per-sensor median on copies
const medians = zeros(sensorIds.length);
for (let s = 0; s < sensorIds.length; s++) {
  const sortedRow = log.slice(s).copy();
  sortedRow.sort();
  medians.set(s, sortedRow.get(2));
}
console.log("medians:", medians.tolist());

const spikeMask = zeros([3, 5], "uint8");
for (let s = 0; s < 3; s++) {
  for (let t = 0; t < 5; t++) {
    if (Math.abs(log.get(s, t) - medians.get(s)) > 5) spikeMask.set([s, t], 1);
  }
}
console.log("spikes found:", spikeMask.sum(), spikeMask.tolist());

// %% [6] per-sensor centring, on an explicit copy
const centred = log.copy();
for (let s = 0; s < 3; s++) {
  centred.slice(s).isub(medians.get(s));
}
console.log("centred:", centred.tolist());

// %% [7] drift estimate from first and last columns (read-only views)
const firstCol = log.slice(":", 0);
const lastCol = log.slice(":", -1);
const drift = lastCol.sub(firstCol);
console.log("drift per sensor:", drift.tolist());

// %% [8] interpolate the spikes in a cleaned copy
const cleaned = log.copy();
for (let s = 0; s < 3; s++) {
  for (let t = 0; t < 5; t++) {
    if (spikeMask.get(s, t) === 1) {
      const left = t > 0 ? cleaned.get(s, t - 1) : medians.get(s);
      cleaned.set([s, t], left);
    }
  }
}
console.log("cleaned:", cleaned.tolist());
console.log("cleaned mean:", cleaned.mean().toFixed(3));

// %% [9] restore the raw log from the real backup before exporting
log.assign(":", safeBackup);
console.log("restored:", log.tolist());
console.log("restored mean:", log.mean().toFixed(3));

// %% [10] export table: sensor means of the cleaned data
const exportTable = zeros([3, 2]);
for (let s = 0; s < 3; s++) {
  exportTable.set([s, 0], s + 1);
  exportTable.set([s, 1], cleaned.slice(s).mean());
}
console.log("export:", exportTable.tolist());
