// Live sensor dashboard: each tick loads a frame of readings, shows per-sensor change since the previous tick and a pressure panel.
// runnable
import { array, zeros, NDArray } from "ndalias";

const SENSORS = 3;
const WINDOW = 4;

function loadTick(target: NDArray, samples: number[][]): void {
  for (let s = 0; s < SENSORS; s++) {
    for (let k = 0; k < WINDOW; k++) {
      target.set([s, k], samples[s][k]);
    }
  }
}

function render(title: string, rows: NDArray): void {
  console.log(title);
  for (const row of rows.tolist() as number[][]) {
    console.log("  " + row.map((v) => v.toFixed(1)).join("  "));
  }
}

const ticks: number[][][] = [
  [[20, 21, 21, 22], [55, 54, 56, 57], [1012, 1011, 1013, 1012]],
  [[22, 23, 23, 24], [57, 58, 58, 59], [1012, 1010, 1009, 1009]],
];

const frame = zeros([SENSORS, WINDOW]);
loadTick(frame, ticks[0]);
const sessionStart = frame.copy();
render("tick 0", frame);

// Keep the previous tick's readings to compute the per-sensor change.
const previous = frame.ravel();
frame.assign(":", array(ticks[1])); // expect: no-view-mutation
const change = frame.ravel().sub(previous);
render("change since last tick", change.reshape(SENSORS, WINDOW));

// Pressure panel shows offsets from the standard atmosphere.
const pressure = frame.slice(2);
pressure.isub(1013.25); // expect: no-view-mutation
console.log("pressure offsets (hPa):", pressure.tolist());

const drift = frame.sub(sessionStart);
console.log("max drift since session start:", drift.max());
console.log("dashboard mean of all sensors:", frame.mean());
