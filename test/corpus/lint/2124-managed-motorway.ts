// Managed-motorway controller: variable speed limits per gantry and lane, hard-shoulder running and a log of the displayed limits.
import { array, full, zeros, NDArray } from "ndalias";

type Weather = "dry" | "wet" | "fog";

const LANES = 4; // lane 0 is the hard shoulder
const DEFAULT_LIMITS = full(LANES, 120); // km/h per lane
const WEATHER_FACTOR: Record<Weather, number> = { dry: 1, wet: 0.85, fog: 0.5 };

function limitsForScenario(weather: Weather): NDArray {
  const limits = DEFAULT_LIMITS;
  if (weather !== "dry") {
    limits.imul(WEATHER_FACTOR[weather]); // expect: no-alias-mutation
  }
  return limits;
}

class ManagedMotorway {
  limits: NDArray; // [gantry, lane], km/h, 0 = lane closed
  flows: NDArray; // [gantry, lane], veh/h
  readonly log: NDArray[] = [];

  constructor(readonly gantries: number) {
    this.limits = zeros([gantries, LANES]);
    this.limits.assign(":", DEFAULT_LIMITS);
    this.limits.slice(":", 0).fill(0); // hard shoulder closed by default
    this.flows = zeros([gantries, LANES]);
  }

  addCounts(counts: NDArray): number {
    this.flows.iadd(counts);
    return this.flows.sum();
  }

  openHardShoulder(limit = 60): number {
    const shoulder = this.limits.slice(":", 0);
    shoulder.fill(limit); // expect: no-view-mutation
    return this.limits.mean();
  }

  slowDownstreamOf(gantry: number, limit: number): void {
    for (let g = gantry; g < this.gantries; g++) {
      for (let lane = 0; lane < LANES; lane++) {
        const current = this.limits.get(g, lane);
        if (current > 0) this.limits.set([g, lane], Math.min(current, limit));
      }
    }
  }

  busiestGantry(): number {
    let best = 0;
    for (let g = 1; g < this.gantries; g++) {
      if (this.flows.slice(g).sum() > this.flows.slice(best).sum()) best = g;
    }
    return best;
  }

  record(): void {
    this.log.push(this.limits.copy());
  }
}

function signs(limits: NDArray): string {
  const rows = limits.tolist() as number[][];
  return rows.map((row) => row.map((v) => (v === 0 ? " X " : String(Math.round(v)).padStart(3))).join(" ")).join(" / ");
}

const scenario = limitsForScenario("wet");
console.log("wet-weather lane limits:", scenario.tolist());

const motorway = new ManagedMotorway(5);
motorway.record();

const counts = array([
  [0, 1500, 1700, 1600],
  [0, 1650, 1800, 1750],
  [0, 1900, 2000, 1950],
  [0, 1850, 1950, 1900],
  [0, 1400, 1600, 1500],
]);
const total = motorway.addCounts(counts);
console.log("vehicles counted:", total, "busiest gantry:", motorway.busiestGantry());

if (total > 8000) {
  const meanLimit = motorway.openHardShoulder();
  console.log("hard shoulder opened, mean displayed limit:", meanLimit.toFixed(1));
  motorway.record();
}

// queue detected after gantry 2: step the limits down for the gantries behind it
motorway.slowDownstreamOf(2, 80);
motorway.record();

motorway.log.forEach((limits, i) => console.log(`setting ${i}: ${signs(limits)}`));
console.log("default lane limits now:", DEFAULT_LIMITS.tolist());
