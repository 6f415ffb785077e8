// Dispatches a bus fleet along a corridor: advances positions, holds bunched buses for headway control and scales stop demand for the period.
import { array, NDArray } from "ndalias";

interface Fleet {
  position: NDArray; // metres from the depot
  speed: NDArray; // m/s
  load: NDArray; // passengers on board
}

const fleet: Fleet = {
  position: array([0, 850, 1100, 3100]),
  speed: array([8.5, 9.0, 7.2, 8.8]),
  load: array([32, 51, 18, 44]),
};

// boardings per stop for the two timetable periods
const peakDemand = array([120, 340, 410, 260, 90]);
const offPeakDemand = array([60, 150, 170, 110, 40]);
const hour: number = 8;
const GROWTH = 1.15;

function advance(f: Fleet, dt: number): void {
  f.position.iadd(f.speed.mul(dt));
}

function headways(f: Fleet): NDArray {
  const order = f.position.copy();
  order.sort();
  return order.slice("1:").sub(order.slice(":-1"));
}

// holds every bus that is closer than minGap behind the bus ahead; returns how many were held
function holdBunchedBuses(f: Fleet, minGap = 600): number {
  const { position, speed } = f;
  let held = 0;
  for (let i = 0; i < position.size; i++) {
    for (let j = 0; j < position.size; j++) {
      const gap = position.get(j) - position.get(i);
      if (i !== j && gap > 0 && gap < minGap) {
        speed.set(i, 0); // expect: no-alias-mutation
        held++;
        break;
      }
    }
  }
  return held;
}

function crowding(f: Fleet, seats = 40): NDArray {
  const ratio = f.load.div(seats);
  ratio.imul(100);
  return ratio;
}

function describeFleet(f: Fleet): string {
  const rows: string[] = [];
  for (let i = 0; i < f.position.size; i++) {
    rows.push(`bus ${i}: ${f.position.get(i).toFixed(0)} m at ${f.speed.get(i).toFixed(1)} m/s`);
  }
  return rows.join("\n");
}

console.log("headways before:", headways(fleet).tolist());
const heldCount = holdBunchedBuses(fleet);
console.log(`${heldCount} bus(es) held at the stop`);
console.log("speeds after holding:", fleet.speed.tolist());

advance(fleet, 60);
console.log(describeFleet(fleet));
console.log("headways after one minute:", headways(fleet).tolist());
console.log("crowding (% of seats):", crowding(fleet).tolist());

// demand scenario for the current timetable period, with the growth forecast applied
const isPeak = hour >= 7 && hour < 10;
const demand = isPeak ? peakDemand : offPeakDemand;
demand.imul(GROWTH); // expect: no-alias-mutation
console.log("scenario boardings:", demand.sum().toFixed(0));

// the forecast for the other period is done on a copy
const otherPeriod = (isPeak ? offPeakDemand : peakDemand).copy();
otherPeriod.imul(GROWTH);
console.log("other period boardings:", otherPeriod.sum().toFixed(0));

console.log("peak / off-peak ratio in the timetable:", (peakDemand.sum() / offPeakDemand.sum()).toFixed(2));
console.log("busiest stop (timetable):", peakDemand.max(), offPeakDemand.max());
