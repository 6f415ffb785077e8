// Keeps per-service latency windows in nested object-dtype scopes and reports rolling statistics and anomaly scores.
import { array, empty, zeros, NDArray } from "ndalias";

const WINDOW = 6;

function createServiceScopes(names: string[]): NDArray {
  const registry = empty(names.length, "object");
  for (let i = 0; i < names.length; i++) {
    const scope = empty(3, "object");
    scope.set(0, zeros(WINDOW));
    scope.set(1, names[i]);
    registry.set(i, scope);
    scope.set(2, registry); // expect: no-reference-cycle
  }
  return registry;
}

function windowOf(registry: NDArray, service: number): NDArray {
  const scope = registry.get(service) as NDArray;
  return scope.get(0) as NDArray;
}

function nameOf(registry: NDArray, service: number): string {
  const scope = registry.get(service) as NDArray;
  return String(scope.get(1));
}

function pushLatency(window: NDArray, value: number): void {
  for (let i = 0; i + 1 < window.size; i++) {
    window.set(i, window.get(i + 1));
  }
  window.set(window.size - 1, value);
}

function zScore(window: NDArray, value: number): number {
  const mu = window.mean();
  const centered = window.sub(mu);
  const sd = Math.sqrt(centered.mul(centered).mean());
  return sd > 0 ? (value - mu) / sd : 0;
}

function buildIndex(names: string[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, i) => index.set(name, i));
  return index;
}

const names = ["auth", "search", "checkout"];
const registry = createServiceScopes(names);
const index = buildIndex(names);

const incoming: Array<[string, number]> = [
  ["auth", 12], ["search", 40], ["auth", 15], ["checkout", 95], ["search", 38],
  ["auth", 11], ["checkout", 102], ["search", 44], ["auth", 60], ["checkout", 99],
];
for (const [service, latency] of incoming) {
  const slot = index.get(service);
  if (slot === undefined) continue;
  const window = windowOf(registry, slot);
  const score = zScore(window, latency);
  pushLatency(window, latency);
  if (Math.abs(score) > 2) console.log(`anomaly in ${service}: ${latency}ms (z=${score.toFixed(2)})`);
}

for (let i = 0; i < names.length; i++) {
  const window = windowOf(registry, i);
  console.log(`${nameOf(registry, i)}: window ${JSON.stringify(window.tolist())} mean ${window.mean().toFixed(1)}`);
}

const history = array([21, 24, 19, 22, 25, 23, 48, 51, 47, 50]);
const recent = history.slice("-4:");
const baseline = history.slice(":6").mean();
console.log("recent mean:", recent.mean(), "baseline:", baseline.toFixed(2));

recent.isub(baseline); // expect: no-view-mutation
console.log("recent excess over baseline:", recent.tolist());
console.log("overall mean latency:", history.mean().toFixed(2), "peak:", history.max());

const smoothed = history.copy();
for (let i = 1; i < smoothed.size; i++) {
  smoothed.set(i, 0.7 * smoothed.get(i - 1) + 0.3 * history.get(i));
}
console.log("ewma:", (smoothed.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));
