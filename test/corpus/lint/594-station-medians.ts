// Per-station statistics from an hours x stations temperature table: median per station, anomalies and a ranked copy.
import { array, zeros, NDArray } from "ndalias";

export function stationMedians(table: NDArray): NDArray {
  const stations = table.shape[1];
  const medians = zeros(stations);
  for (let s = 0; s < stations; s++) {
    const column = table.slice(":", s);
    column.sort(); // expect: no-view-mutation
    medians.set(s, column.get(Math.floor(column.size / 2)));
  }
  return medians;
}

export function anomalies(table: NDArray): NDArray {
  const out = table.copy();
  for (let s = 0; s < table.shape[1]; s++) {
    out.slice(":", s).isub(table.slice(":", s).mean());
  }
  return out;
}

export function sortEachStation(table: NDArray): void {
  for (let s = 0; s < table.shape[1]; s++) {
    table.slice(":", s).sort();
  }
}

const temps = array([
  [12.1, 8.4, 15.0],
  [13.5, 9.0, 14.2],
  [11.8, 7.9, 16.1],
  [14.0, 8.8, 15.5],
]);

const ranked = temps.copy();
sortEachStation(ranked);

console.log("medians:", stationMedians(temps).tolist());
console.log("anomalies:", anomalies(temps).tolist());
console.log("ranked:", ranked.tolist());
console.log("hourly table:", temps.tolist());
