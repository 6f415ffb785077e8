// Plans warehouse picking over several passes of a daily demand series, damping a holiday window once, and refills the first low bin it finds.
// runnable
import { array, NDArray } from "ndalias";

const PASSES = 3;
const HOLIDAY_DAMPING = 0.5;
const REFILL_LEVEL = 10;

function pickersNeeded(totalDemand: number, perPicker: number): number {
  if (perPicker <= 0) throw new RangeError(`perPicker must be positive, got ${perPicker}`);
  return Math.ceil(totalDemand / perPicker);
}

function describeWindow(label: string, w: NDArray): string {
  return `${label} ${JSON.stringify(w.tolist())} mean ${w.mean().toFixed(1)}`;
}

// --- demand planning ---------------------------------------------------------------
const demand = array([120, 135, 128, 300, 310, 140, 132, 125]);
const holiday = demand.slice("3:5");
console.log(describeWindow("holiday window as forecast", holiday));

for (let pass = 0; pass < PASSES; pass++) {
  const total = demand.sum();
  console.log(`pass ${pass}: total demand ${total}, pickers ${pickersNeeded(total, 150)}`);
  if (pass === 1) {
    // the holiday turned out quieter than forecast
    holiday.imul(HOLIDAY_DAMPING); // expect: no-view-mutation
  }
}

// --- bin refill: scan the front bins, refill the first low one and stop ---------------
const bins = array([14, 9, 3, 11, 2, 7]);
const front = bins.slice(":4");
const binsBefore = bins.sum();
let refilled = -1;
for (let i = 0; i < front.size; i++) {
  if (bins.get(i) >= REFILL_LEVEL / 2) continue;
  front.set(i, REFILL_LEVEL);
  refilled = i;
  break;
}
console.log(`stock before refill ${binsBefore}; refilled front bin ${refilled}`);
console.log(describeWindow("front bins", front));

// --- returns: each pass works on its own copy of the returns ledger -------------------
const returnsLedger = array([4, 0, 6, 1, 0, 3, 2, 5]);
const weekly: number[] = [];
for (let week = 0; week < 2; week++) {
  const ledger = returnsLedger.copy();
  const weekSlice = ledger.slice(`${week * 4}:${week * 4 + 4}`);
  weekSlice.imul(0.9);
  weekly.push(weekSlice.sum());
  if (weekly[week] > 10) break;
}
console.log("weekly returns after shrinkage:", weekly.map((x) => x.toFixed(1)).join(", "));
console.log("returns ledger untouched:", returnsLedger.tolist());

// --- staffing: the shift plan is rebuilt from scratch when a pass overflows -----------
let shiftPlan: NDArray = array([3, 3, 4, 6, 6, 4, 3, 3]);
const weekend = shiftPlan.slice("5:");
console.log(describeWindow("weekend shifts", weekend));
for (let attempt = 0; attempt < 3; attempt++) {
  if (shiftPlan.sum() <= 30) break;
  shiftPlan = shiftPlan.sub(1);
  shiftPlan.set(0, Math.max(1, shiftPlan.get(0)));
}
console.log("final shift plan:", shiftPlan.tolist());

// --- forecast error: the residual window is taken only after the correction ----------
const forecast = array([118, 140, 130, 290, 280, 150, 130, 120]);
const observed = array([121, 133, 127, 150, 160, 138, 131, 126]);
for (let day = 0; day < forecast.size; day++) {
  const miss = Math.abs(forecast.get(day) - observed.get(day));
  if (miss <= 50) continue;
  forecast.set(day, observed.get(day));
  break;
}
const residualWindow = forecast.slice("2:6");
const residual = residualWindow.sub(observed.slice("2:6"));
console.log(describeWindow("corrected forecast window", residualWindow));
console.log("residual after the first correction:", residual.tolist(), "forecast total:", forecast.sum());
