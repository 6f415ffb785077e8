// Turns anemometer speed/direction records into u/v components, a 10 m reference speed, a late-hour gust percentile and a direction histogram.
import { array, zeros, NDArray } from "ndalias";

type WindObs = { station: string; speed: NDArray; direction?: NDArray; heightM?: number };

const SECTORS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];
const DEFAULT_DIRECTIONS = array([270, 270, 270, 270, 270, 270, 270, 270, 270, 270]);
const SHEAR_EXPONENT = 0.143;

const toRadians = (deg: NDArray): NDArray => deg.mul(Math.PI / 180);

const components = ({ speed, direction = DEFAULT_DIRECTIONS }: WindObs): [NDArray, NDArray] => {
  const rad = toRadians(direction);
  const u = zeros(speed.size);
  const v = zeros(speed.size);
  for (let i = 0; i < speed.size; i++) {
    u.set(i, -speed.get(i) * Math.sin(rad.get(i)));
    v.set(i, -speed.get(i) * Math.cos(rad.get(i)));
  }
  return [u, v];
};

// Power-law correction of the speed record to the 10 m reference height.
const toTenMetres = ({ speed, heightM = 10 }: WindObs): NDArray => {
  const factor = Math.pow(10 / heightM, SHEAR_EXPONENT);
  speed.imul(factor); // expect: no-alias-mutation
  return speed;
};

// Upper percentile over the last few hours of the record.
const lateGustPercentile = (speed: NDArray, q = 0.9, lastN = 6): number => {
  const late = speed.slice(`-${lastN}:`);
  late.sort(); // expect: no-view-mutation
  return late.get(Math.min(late.size - 1, Math.floor(q * late.size)));
};

// Upper percentile over the whole record.
const gustPercentile = (speed: NDArray, q = 0.9): number => {
  const sorted = speed.flatten();
  sorted.sort();
  return sorted.get(Math.min(sorted.size - 1, Math.floor(q * sorted.size)));
};

// Negative speeds are sensor noise.
const clampNegative = (x: NDArray): void => {
  for (let i = 0; i < x.size; i++) {
    if ((x.data[i] as number) < 0) x.data[i] = 0;
  }
};

const histogram = (direction: NDArray): number[] =>
  (direction.tolist() as number[])
    .map((d) => Math.round(((Number(d) % 360) + 360) % 360 / 45) % 8)
    .reduce((counts, sector) => counts.map((c, k) => (k === sector ? c + 1 : c)), new Array<number>(8).fill(0));

const records: WindObs[] = [
  {
    station: "harbour",
    speed: array([4.2, 5.1, -0.3, 6.8, 7.4, 9.9, 11.3, 10.2, 8.7, 7.9]),
    direction: array([250, 255, 260, 248, 240, 236, 230, 228, 232, 241]),
    heightM: 14,
  },
  { station: "pier", speed: array([3.0, 3.3, 3.9, 4.6, 5.2, 5.8, 6.1, 6.6, 6.0, 5.4]), heightM: 6 },
];

records.forEach(({ speed }) => clampNegative(speed));

const report = records.map((obs) => {
  const [u, v] = components(obs);
  const meanSpeed = obs.speed.mean();
  const ref = toTenMetres(obs);
  return {
    station: obs.station,
    meanU: u.mean(),
    meanV: v.mean(),
    p90: gustPercentile(obs.speed),
    lateP90: lateGustPercentile(obs.speed),
    ref10: ref.mean(),
    meanSpeed,
  };
});

report.forEach(({ station, meanU, meanV, p90, lateP90, ref10, meanSpeed }) =>
  console.log(
    `${station}: u ${meanU.toFixed(2)} v ${meanV.toFixed(2)} mean ${meanSpeed.toFixed(2)} 10m ${ref10.toFixed(2)} p90 ${p90.toFixed(1)} late p90 ${lateP90.toFixed(1)}`,
  ),
);

const harbour = records[0];
const counts = histogram(harbour.direction ?? DEFAULT_DIRECTIONS);
console.log(
  "harbour sectors:",
  SECTORS.map((s, k) => `${s}:${counts[k]}`).join(" "),
  "record:",
  harbour.speed.tolist(),
);
