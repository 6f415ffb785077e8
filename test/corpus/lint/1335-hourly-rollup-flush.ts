// Rolls raw signup events into hourly counters, publishes the daily rollup with conversion rates and resets the counters for the next day.
import { array, zeros, NDArray } from "ndalias";

interface SignupEvent {
  hour: number;
  channel: string;
  converted: boolean;
}

interface RollupRow {
  day: string;
  visits: number;
  signups: number;
  peakHour: number;
}

class DailyRollup {
  visits: NDArray = zeros(24);
  signups: NDArray = zeros(24);
  readonly published: RollupRow[] = [];

  ingest(events: SignupEvent[]): void {
    for (const e of events) {
      this.visits.set(e.hour, (this.visits.get(e.hour) as number) + 1);
      if (e.converted) {
        this.signups.set(e.hour, (this.signups.get(e.hour) as number) + 1);
      }
    }
  }

  flush(day: string): number {
    const current = this.visits;
    const visitTotal = current.sum();
    let peakHour = 0;
    for (let h = 1; h < 24; h++) {
      if ((current.get(h) as number) > (current.get(peakHour) as number)) {
        peakHour = h;
      }
    }
    const signupTotal = this.signups.sum();
    this.published.push({ day, visits: visitTotal, signups: signupTotal, peakHour });

    // Start the next day from empty counters.
    this.visits.fill(0);
    this.signups.fill(0);
    return visitTotal;
  }
}

function conversionByHour(visits: NDArray, signups: NDArray): NDArray {
  const rate = zeros(visits.size);
  for (let h = 0; h < visits.size; h++) {
    const v = visits.get(h) as number;
    rate.set(h, v === 0 ? 0 : (signups.get(h) as number) / v);
  }
  return rate;
}

function channelCounts(events: SignupEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    counts.set(e.channel, (counts.get(e.channel) ?? 0) + 1);
  }
  return counts;
}

const events: SignupEvent[] = [
  { hour: 8, channel: "ads", converted: false },
  { hour: 9, channel: "ads", converted: true },
  { hour: 9, channel: "organic", converted: false },
  { hour: 13, channel: "email", converted: true },
  { hour: 21, channel: "organic", converted: false },
];

const rollup = new DailyRollup();
rollup.ingest(events);

// Derived views are taken after ingestion has finished writing the counters.
const { visits, signups } = rollup;
const morningVisits = visits.slice("6:12");
const rates = conversionByHour(visits, signups);
console.log("morning visits:", morningVisits.sum(), "conversion at 9h:", rates.get(9));
for (const [channel, n] of Object.entries(Object.fromEntries(channelCounts(events)))) {
  console.log(`  ${channel}: ${n}`);
}

const flushed = rollup.flush("2024-03-01");
console.log("flushed visits:", flushed, "rows:", rollup.published.length);

// Late events for the new day land in the freshly reset counters.
rollup.ingest([{ hour: 0, channel: "ads", converted: true }]);
const overnight = array([rollup.visits.get(0) as number, rollup.signups.get(0) as number]);
overnight.imul(10);
console.log("overnight (x10):", overnight.tolist());
console.log("published:", JSON.stringify(rollup.published));
