// Telemetry endpoint: devices post Fahrenheit readings, the service converts them, keeps a rolling window and reports drift.
// runnable
import { array, zeros, NDArray } from "ndalias";

const WINDOW = 12;
const POST_SIZE = 4;

interface Post {
  deviceId: string;
  fahrenheit: number[];
  faulty: number[];
  fallback: number;
}

interface DriftReport {
  deviceId: string;
  drift: number;
  windowMean: number;
  faultyCount: number;
}

async function toCelsius(post: Post): Promise<NDArray> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (post.fahrenheit.length !== POST_SIZE) {
    throw new Error(`device ${post.deviceId} sent ${post.fahrenheit.length} readings, expected ${POST_SIZE}`);
  }
  const readings = array(post.fahrenheit);
  if (post.faulty.length > 0) {
    readings.take(post.faulty).fill(post.fallback); // expect: no-lost-write
  }
  readings.isub(32);
  readings.imul(5 / 9);
  return readings;
}

async function* postsFrom(queue: Post[]): AsyncGenerator<Post> {
  for (const post of queue) {
    await Promise.resolve();
    yield post;
  }
}

const history = zeros(WINDOW);
history.fill(20);
const reports: DriftReport[] = [];
const faultyTotals: Record<string, number> = {};

const incoming: Post[] = [
  { deviceId: "dev-1", fahrenheit: [68, 69, 70, 71], faulty: [], fallback: 68 },
  { deviceId: "dev-1", fahrenheit: [72, 999, 73, 74], faulty: [1], fallback: 72 },
  { deviceId: "dev-2", fahrenheit: [60, 61, 59, 58], faulty: [], fallback: 60 },
];

for await (const post of postsFrom(incoming)) {
  const celsius = await toCelsius(post);
  faultyTotals[post.deviceId] = (faultyTotals[post.deviceId] ?? 0) + post.faulty.length;

  const previous = history.slice(`-${POST_SIZE}:`);
  const rolled = zeros(WINDOW);
  rolled.assign(`:-${POST_SIZE}`, history.slice(`${POST_SIZE}:`));
  rolled.assign(`-${POST_SIZE}:`, celsius);
  history.assign(":", rolled); // expect: no-view-mutation

  const drift = celsius.sub(previous).mean();
  reports.push({
    deviceId: post.deviceId,
    drift,
    windowMean: history.mean(),
    faultyCount: faultyTotals[post.deviceId],
  });
}

function formatReport(r: DriftReport): string {
  const sign = r.drift >= 0 ? "+" : "";
  return `${r.deviceId}: drift ${sign}${r.drift.toFixed(2)} C, window mean ${r.windowMean.toFixed(2)} C, faulty ${r.faultyCount}`;
}

function hottestDevice(rs: DriftReport[]): string | null {
  let best: DriftReport | null = null;
  for (const r of rs) {
    if (!best || r.windowMean > best.windowMean) best = r;
  }
  return best ? best.deviceId : null;
}

for (const r of reports) {
  console.log(formatReport(r));
}
console.log("hottest device:", hottestDevice(reports));
console.log("window:", history.tolist());
