// Metrics exporter: module-level buffers and a closure-owned hourly histogram, all updated through their own names.
import { zeros, NDArray } from "ndalias";

const LATENCY = zeros(4);
const buffers: Record<string, NDArray> = { errors: zeros(4), requests: zeros(4) };

export function observe(endpoint: number, ms: number, failed: boolean): number {
  LATENCY.set(endpoint, LATENCY.get(endpoint) + ms);
  buffers.requests.set(endpoint, buffers.requests.get(endpoint) + 1);
  if (failed) buffers["errors"].set(endpoint, buffers["errors"].get(endpoint) + 1);
  return LATENCY.get(endpoint) / buffers.requests.get(endpoint);
}

export function flush(): number {
  const total = buffers.requests.sum();
  for (const key of ["errors", "requests"]) buffers[key].fill(0);
  LATENCY.fill(0);
  return total;
}

observe(0, 120, false);
observe(0, 80, true);
console.log("mean latency endpoint 1:", observe(1, 45, false));
console.log("flushed requests:", flush());

function makeCounter(hours: number) {
  const counts = zeros(hours);
  const record = (hour: number): number => {
    counts.set(hour, counts.get(hour) + 1);
    return counts.sum();
  };
  const busiest = (): number => {
    let best = 0;
    for (let h = 1; h < hours; h++) if (counts.get(h) > counts.get(best)) best = h;
    return best;
  };
  return { record, busiest, reset: () => counts.fill(0) };
}

const views = makeCounter(24);
for (const h of [9, 9, 13, 17, 9, 13]) views.record(h);
console.log("busiest hour:", views.busiest());
views.reset();
console.log("after reset:", views.busiest());
