// Fills an hour x channel dashboard grid with chained slice writes, drains the module's hit counters and prints the panels.
// runnable
import { zeros, array, NDArray } from "ndalias";

interface Dashboard {
  readonly values: NDArray;
  readonly channels: readonly string[];
}

const HIT_COUNTERS = zeros(3);

function recordHits(hits: readonly number[]): void {
  hits.forEach((h, j) => HIT_COUNTERS.set(j, HIT_COUNTERS.get(j) + h));
}

function drainCounters(): number {
  const total = HIT_COUNTERS.sum();
  HIT_COUNTERS.fill(0);
  return total;
}

function panel(d: Dashboard, channel: string): string {
  const j = d.channels.indexOf(channel);
  return `${channel}: ${(d.values.slice(":", j).tolist() as number[]).join(", ")}`;
}

const dash: Dashboard = {
  values: zeros([4, 3]),
  channels: ["web", "app", "store"],
};

// baseline of one visit per hour on the web, doubled during the midday hours
dash.values.slice(":", 0).fill(1);
dash.values.slice("1:3").iadd(array([4, 2, 1]));
dash.values.slice("1:3").imul(2);
dash.values.T.slice(2).iadd(0.5);

const lastHour = dash.values.slice(-1);
const lastHourPeak = lastHour.max();
dash.values.slice(-1).fill(lastHourPeak);

const firstHour = dash.values.slice(0);
console.log("first hour:", firstHour.tolist());
for (const ch of dash.channels) console.log(panel(dash, ch));

recordHits([3, 5, 1]);
recordHits([2, 0, 4]);
console.log("hits drained:", drainCounters(), "counters now:", HIT_COUNTERS.tolist());
console.log("grid total:", dash.values.sum());
