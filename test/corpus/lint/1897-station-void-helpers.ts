// Applies per-station bias corrections and despiking in place through void helpers, forEach callbacks and an event handler, then prints the cleaned network.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

type Station = { id: string; bias: number; temps: NDArray; humidity: NDArray };

const LATEST = zeros(3);
const STATION_IDS = ["alder", "birch", "cedar"];

const loadStation = async (id: string, bias: number): Promise<Station> => {
  await Promise.resolve();
  const seed = id.length;
  return {
    id,
    bias,
    temps: array([9.1, 9.4, 30.2, 10.3, 10.8, 11.6].map((t) => t + seed * 0.1)),
    humidity: array([82, 81, 80, 104, 77, 74]),
  };
};

// Replaces isolated spikes by the mean of their neighbours.
const despike = (x: NDArray, limit: number): void => {
  for (let i = 1; i < x.size - 1; i++) {
    const neighbours = (x.get(i - 1) + x.get(i + 1)) / 2;
    if (Math.abs(x.get(i) - neighbours) > limit) {
      x.set(i, neighbours);
    }
  }
};

const clipHumidity = ({ humidity }: Station): void => {
  for (let i = 0; i < humidity.size; i++) {
    humidity.set(i, Math.min(100, Math.max(0, humidity.get(i))));
  }
};

// Removes each station's known bias and despikes its temperatures.
async function normaliseNetwork(stations: Station[]): Promise<void> {
  await Promise.resolve();
  stations.forEach((station) => {
    station.temps.isub(station.bias);
    despike(station.temps, 5);
  });
}

const dewPoint = (t: number, rh: number): number => {
  const a = 17.27;
  const b = 237.7;
  const gamma = (a * t) / (b + t) + Math.log(rh / 100);
  return (b * gamma) / (a - gamma);
};

const bus = new EventEmitter();
bus.on("reading", ({ index, value }: { index: number; value: number }) => {
  LATEST.set(index, value);
});

const main = async (): Promise<void> => {
  const biases = [0.4, -0.2, 0.1];
  const stations = await Promise.all(STATION_IDS.map((id, k) => loadStation(id, biases[k] ?? 0)));

  await normaliseNetwork(stations);
  stations.forEach(clipHumidity);
  stations.forEach((s) => s.humidity.imul(0.98));
  stations.forEach((s, k) => {
    bus.emit("reading", { index: k, value: s.temps.get(s.temps.size - 1) });
  });

  const network = stations.map(({ id, temps, humidity }) => ({
    id,
    meanTemp: temps.mean(),
    maxHumidity: humidity.max(),
    dew: dewPoint(temps.get(temps.size - 1), humidity.get(humidity.size - 1)),
  }));

  network.forEach(({ id, meanTemp, maxHumidity, dew }) =>
    console.log(`${id}: mean ${meanTemp.toFixed(2)} C, max RH ${maxHumidity.toFixed(1)} %, dew point ${dew.toFixed(1)} C`),
  );
  stations.forEach(({ id, temps }) => console.log(`${id} temps:`, (temps.tolist() as number[]).map((t) => Number(t).toFixed(1))));
  console.log("latest readings:", LATEST.tolist(), "network mean:", LATEST.mean().toFixed(2));
};

await main();
