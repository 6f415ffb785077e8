// Keeps module-level accumulation buffers for a metrics exporter, updating and resetting them through their own names.
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
