// Buffers endpoint latencies, reports a percentile, uploads the buffer with timed retries and clears it for the next window.
// runnable
import { array, NDArray } from "ndalias";

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const ENDPOINTS = ["search", "checkout", "profile"];

const latencies = array([
  [12, 15, 11, 14],
  [40, 38, 45, 41],
  [9, 10, 8, 11],
]);
const slowest = latencies.slice(1);

interface UploadResult {
  attempts: number;
  bytes: number;
}

async function upload(payload: NDArray, attempt: number): Promise<boolean> {
  await wait(2);
  const healthy = attempt >= 1;
  return healthy && payload.sum() > 0;
}

async function percentile(p: number): Promise<number> {
  const sorted = latencies.ravel();
  await wait(1);
  sorted.sort(); // expect: no-view-mutation
  return sorted.get(Math.floor(p * (sorted.size - 1)));
}

async function flushWithRetry(maxAttempts: number): Promise<UploadResult> {
  let attempt = 0;
  while (attempt < maxAttempts) {
    if (await upload(latencies, attempt)) {
      return { attempts: attempt + 1, bytes: latencies.size * 8 };
    }
    attempt++;
    await wait(attempt * 2);
  }
  return { attempts: attempt, bytes: 0 };
}

function endpointMeans(): Record<string, number> {
  const means: Record<string, number> = {};
  ENDPOINTS.forEach((name, row) => {
    means[name] = latencies.slice(row).mean();
  });
  return means;
}

function scheduleReset(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(() => {
      latencies.fill(0); // expect: no-view-mutation
      resolve();
    }, ms);
  });
}

async function sloBreaches(limit: number): Promise<string[]> {
  const copy = latencies.copy();
  await wait(1);
  copy.isub(limit);
  const breaches: string[] = [];
  for (let row = 0; row < ENDPOINTS.length; row++) {
    if (copy.slice(row).max() > 0) breaches.push(ENDPOINTS[row]);
  }
  return breaches;
}

const p95 = await percentile(0.95);
console.log("p95 latency:", p95);
console.log("per-endpoint means:", endpointMeans());

const breaches = await sloBreaches(30);
console.log("endpoints over the SLO:", breaches.join(", ") || "none");

const result = await flushWithRetry(4);
console.log(`uploaded ${result.bytes} bytes after ${result.attempts} attempt(s)`);

const archived = latencies.copy();
await scheduleReset(3);

console.log("archived window:", archived.tolist());
console.log("slowest endpoint after reset:", slowest.tolist());
console.log("buffer after reset:", latencies.tolist());
