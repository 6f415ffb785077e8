// Builds a chain of valley weather stations ordered by altitude, derives lapse rates between neighbours and links each station to the ones above and below.
import { array, zeros, NDArray } from "ndalias";

type Station = {
  id: string;
  altitude: number;
  temps: NDArray;
  lapse: NDArray;
  above?: Station;
  below?: Station;
};

type StationSpec = { id: string; altitude: number; temps?: number[] };

const HOURS = 6;

const makeStation = ({ id, altitude, temps = [] }: StationSpec): Station => ({
  id,
  altitude,
  temps: temps.length === HOURS ? array(temps) : zeros(HOURS),
  lapse: zeros(HOURS),
});

const specs: StationSpec[] = [
  { id: "valley-floor", altitude: 420, temps: [8.1, 9.4, 11.8, 14.2, 15.0, 13.6] },
  { id: "mid-slope", altitude: 910, temps: [5.2, 6.0, 8.3, 10.9, 11.7, 10.4] },
  { id: "ridge", altitude: 1480, temps: [1.9, 2.4, 4.6, 7.1, 7.8, 6.9] },
  { id: "summit", altitude: 2050, temps: [-1.6, -1.2, 0.7, 3.0, 3.6, 2.8] },
];

// Lapse rate per 100 m between two stations.
const lapseRate = (lower: Station, upper: Station): NDArray =>
  lower.temps.sub(upper.temps).div((upper.altitude - lower.altitude) / 100);

const sortedByAltitude = (stations: Station[]): Station[] =>
  [...stations].sort((a, b) => a.altitude - b.altitude);

// Each station points upwards and downwards for the valley walk-through view.
const linkNeighbours = (lower: Station, upper: Station): void => {
  lower.above = upper;
  upper.below = lower; // expect: no-reference-cycle
};

const buildChain = (list: StationSpec[]): Station[] => {
  const stations = sortedByAltitude(list.map(makeStation));
  stations.forEach((station, i) => {
    const upper = stations[i + 1];
    if (upper) {
      station.lapse = lapseRate(station, upper);
      linkNeighbours(station, upper);
    }
  });
  return stations;
};

const walkUp = (start: Station | undefined): string[] => {
  const ids: string[] = [];
  for (let s = start; s; s = s.above) ids.push(s.id);
  return ids;
};

const inversionHours = (station: Station): number[] => {
  const hours: number[] = [];
  for (let h = 0; h < HOURS; h++) {
    if (station.lapse.get(h) < 0) hours.push(h);
  }
  return hours;
};

const meanProfile = (stations: Station[]): NDArray =>
  stations.reduce((acc, s) => acc.add(s.temps), zeros(HOURS)).div(stations.length);

const chain = buildChain(specs);
console.log("valley walk:", walkUp(chain[0]).join(" -> "));

chain.forEach((station) => {
  const below = station.below?.id ?? "none";
  const lapseMean = station.above ? station.lapse.mean().toFixed(2) : "n/a";
  console.log(`${station.id} (${station.altitude} m), below: ${below}, mean lapse: ${lapseMean}`);
});

// Singly linked list of station summaries, highest first.
type Summary = { id: string; peak: number; next?: Summary };
const summaries = chain
  .map((s): Summary => ({ id: s.id, peak: s.temps.max() }))
  .reduceRight<Summary | undefined>((next, s) => ({ ...s, next }), undefined);

for (let s = summaries; s; s = s.next) {
  console.log(`summary ${s.id}: peak ${s.peak.toFixed(1)}`);
}

const profile = meanProfile(chain);
console.log("mean valley profile:", (profile.tolist() as number[]).map((v) => Number(v).toFixed(2)));
console.log("inversion hours at the floor:", inversionHours(chain[0]));
