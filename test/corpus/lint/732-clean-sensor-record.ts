// Weather station readings kept in a record of arrays: calibrated copies per sensor, in-place offset fixes and daily summaries.
import { array, NDArray } from "ndalias";

type Readings = Record<string, NDArray>;

const sensors: Readings = {
  north: array([12.1, 13.4, 15.0, 14.2]),
  south: array([14.0, 15.5, 17.1, 16.3]),
  roof: array([10.2, 11.0, 13.9, 12.5]),
};

function calibrated(rec: Readings, offset: number): Readings {
  return Object.fromEntries(Object.entries(rec).map(([name, v]) => [name, v.sub(offset)]));
}

function dailyRange(rec: Readings): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, v] of Object.entries(rec)) {
    out[name] = v.max() - v.min();
  }
  return out;
}

function anomalies(rec: Readings): NDArray[] {
  return Array.from(Object.values(rec), (v) => {
    const dev = v.sub(v.mean());
    dev.imul(dev);
    return dev;
  });
}

console.log("ranges:", dailyRange(sensors));
const cal = calibrated(sensors, 0.5);
console.log("calibrated north:", cal.north.tolist());

sensors.roof.iadd(1.5);
console.log("roof after offset fix:", sensors.roof.tolist());

sensors.south.set(0, 14.8);
const southToday = sensors.south;
console.log("south mean:", southToday.mean());

const sq = anomalies(sensors);
console.log("squared anomalies:", sq.map((a) => a.sum()));
console.log("station mean:", Object.values(sensors).reduce((s, v) => s + v.mean(), 0) / 3);
