// Cell transmission model of a freeway segment with a lane drop: updates cell densities from sending and receiving flows and logs snapshots.
import { zeros, full, NDArray } from "ndalias";

const JAM_DENSITY = 160; // veh/km over all lanes
const FREE_SPEED = 100; // km/h
const WAVE_SPEED = 20; // km/h
const TICK_HOURS = 10 / 3600;

class FreewaySegment {
  density: NDArray; // veh/km per cell
  private readonly capacity: NDArray; // veh/h per cell

  constructor(
    readonly cells: number,
    readonly cellKm: number,
  ) {
    this.density = zeros(cells);
    this.capacity = full(cells, 4000);
    this.capacity.slice(`${cells - 2}:`).fill(2600); // lane drop before the exit
  }

  sending(): NDArray {
    const s = this.density.mul(FREE_SPEED);
    for (let i = 0; i < s.size; i++) {
      s.set(i, Math.min(s.get(i), this.capacity.get(i)));
    }
    return s;
  }

  receiving(): NDArray {
    const r = this.density.mul(-1);
    r.iadd(JAM_DENSITY);
    r.imul(WAVE_SPEED);
    for (let i = 0; i < r.size; i++) {
      r.set(i, Math.min(r.get(i), this.capacity.get(i)));
    }
    return r;
  }

  advance(inflow: number, dtHours: number = TICK_HOURS): number {
    const send = this.sending();
    const recv = this.receiving();
    const flows = zeros(this.cells + 1);
    flows.set(0, Math.min(inflow, recv.get(0)));
    for (let i = 1; i < this.cells; i++) {
      flows.set(i, Math.min(send.get(i - 1), recv.get(i)));
    }
    flows.set(this.cells, send.get(this.cells - 1));
    const net = flows.slice(`:${this.cells}`).sub(flows.slice("1:"));
    net.imul(dtHours / this.cellKm);
    this.density.iadd(net);
    return flows.get(this.cells);
  }

  snapshot(): NDArray {
    return this.density.copy();
  }

  clearIncident(from: number, to: number): void {
    this.density.slice(`${from}:${to}`).imul(0.5);
  }

  vehicles(): number {
    return this.density.sum() * this.cellKm;
  }
}

function spark(values: NDArray, top: number): string {
  const bars = " .:-=+*#";
  const list = values.tolist() as number[];
  return list.map((v) => bars[Math.min(bars.length - 1, Math.floor((v / top) * bars.length))]).join("");
}

const segment = new FreewaySegment(8, 0.25);
const demandProfile = [1800, 2600, 3400, 3900, 3900, 3600, 2400, 1500];
const history: NDArray[] = [];
let served = 0;

for (let minute = 0; minute < demandProfile.length; minute++) {
  for (let tick = 0; tick < 6; tick++) {
    served += segment.advance(demandProfile[minute]);
  }
  history.push(segment.snapshot());
  console.log(`minute ${minute}: ${spark(history[minute], JAM_DENSITY)} vehicles ${segment.vehicles().toFixed(1)}`);
}

// share of jam density for the heat map, computed on a snapshot so the model is untouched
const heat = segment.snapshot();
heat.idiv(JAM_DENSITY);
heat.imul(100);
console.log("final occupancy (% of jam):", (heat.tolist() as number[]).map((v) => v.toFixed(0)));

// tow truck clears the stalled vehicle in cells 5-6
segment.clearIncident(5, 7);
const afterClearing = segment.snapshot();
console.log("vehicles before/after clearing:", history[history.length - 1].sum().toFixed(1), afterClearing.sum().toFixed(1));
console.log("vehicles served:", (served * TICK_HOURS).toFixed(1));
console.log("peak snapshot:", history.reduce((a, b) => (b.sum() > a.sum() ? b : a)).tolist());
