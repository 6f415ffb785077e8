// Forecast API handler: caches model output per region and serves adjusted, smoothed copies so the cache stays pristine.
import { zeros, NDArray } from "ndalias";

interface ForecastRequest {
  region: string;
  horizon: number;
  offset: number;
  units: "C" | "F";
}

interface ForecastResponse {
  region: string;
  hourly: number[];
  smoothed: number[];
  cachedPeak: number;
}

function runModel(region: string): NDArray {
  const base = 10 + (region.length % 7);
  const out = zeros(24);
  for (let h = 0; h < 24; h++) {
    out.set(h, base + Math.sin((h / 24) * 2 * Math.PI) * 4);
  }
  return out;
}

class ForecastCache {
  private entries: Record<string, NDArray> = {};
  private misses = 0;

  async get(region: string): Promise<NDArray> {
    const hit = this.entries[region];
    if (hit) return hit;
    this.misses++;
    await new Promise<void>((resolve) => setImmediate(resolve));
    const computed = runModel(region);
    this.entries[region] = computed;
    return computed;
  }

  missCount(): number {
    return this.misses;
  }

  regionMean(region: string): number {
    const entry = this.entries[region];
    return entry ? entry.mean() : Number.NaN;
  }
}

function applyUnits(buf: NDArray, units: "C" | "F"): void {
  if (units === "F") {
    buf.imul(9 / 5);
    buf.iadd(32);
  }
}

function smooth(series: NDArray): NDArray {
  const n = series.size;
  let out: NDArray = series;
  out = out.copy();
  for (let i = 1; i < n - 1; i++) {
    out.set(i, (series.get(i - 1) + series.get(i) + series.get(i + 1)) / 3);
  }
  return out;
}

async function handleForecast(req: ForecastRequest, cache: ForecastCache): Promise<ForecastResponse> {
  if (req.horizon < 1 || req.horizon > 24) {
    throw new Error(`horizon ${req.horizon} is out of range, expected 1..24`);
  }
  const cached = await cache.get(req.region);
  const cachedPeak = cached.max();

  const response = cached.slice(`0:${req.horizon}`).copy();
  response.iadd(req.offset);
  applyUnits(response, req.units);

  let display: NDArray = response;
  display = display.mul(10);
  display.iadd(0.5);
  const hourly = (display.tolist() as number[]).map((v) => Math.floor(v) / 10);

  const smoothed = smooth(response);
  return { region: req.region, hourly, smoothed: smoothed.tolist() as number[], cachedPeak };
}

const cache = new ForecastCache();
const requests: ForecastRequest[] = [
  { region: "north", horizon: 6, offset: 0.5, units: "C" },
  { region: "north", horizon: 4, offset: -1, units: "F" },
  { region: "coast", horizon: 3, offset: 0, units: "C" },
];

const responses = await Promise.all(requests.map((r) => handleForecast(r, cache)));
for (const res of responses) {
  console.log(`${res.region}: peak(cache)=${res.cachedPeak.toFixed(2)}`, res.hourly, res.smoothed.map((v) => v.toFixed(1)));
}
console.log("cache misses:", cache.missCount(), "north mean:", cache.regionMean("north").toFixed(3));
