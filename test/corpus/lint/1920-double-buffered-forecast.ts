// Day-by-day stock forecast for a garden centre: double-buffered simulation, rebinding working arrays and a scratch reorder plan.
import { array, zeros, NDArray } from "ndalias";

class ForecastModel {
  static readonly horizon = 5;
  private readonly demand: NDArray;
  private readonly inbound: NDArray;

  constructor(demand: number[], inbound: number[]) {
    this.demand = array(demand);
    this.inbound = array(inbound);
  }

  step(current: NDArray, day: number): NDArray {
    let next: NDArray = current;
    next = next.sub(this.demand);
    if (day % 2 === 1) {
      next.iadd(this.inbound);
    }
    for (let i = 0; i < next.size; i++) {
      if (next.get(i) < 0) {
        next.set(i, 0);
      }
    }
    return next;
  }

  simulate(opening: NDArray): NDArray[] {
    const path: NDArray[] = [];
    let level = opening;
    for (let d = 0; d < ForecastModel.horizon; d++) {
      level = this.step(level, d);
      path.push(level);
    }
    return path;
  }
}

function pingPong(opening: NDArray, demand: NDArray, days: number): NDArray {
  let front = opening.copy();
  let back = zeros(opening.size);
  for (let d = 0; d < days; d++) {
    back.assign(":", front);
    back.isub(demand);
    [front, back] = [back, front];
  }
  return front;
}

function reorderPlan(levels: NDArray, minimum: number): NDArray {
  let plan: NDArray = levels;
  plan = zeros(levels.size);
  for (let i = 0; i < levels.size; i++) {
    const gap = minimum - levels.get(i);
    if (gap > 0) {
      plan.set(i, gap);
    }
  }
  plan.imul(1.1);
  return plan;
}

const plants = ["roses", "lavender", "ferns", "tulips"];
const opening = array([60, 45, 30, 80]);
const model = new ForecastModel([8, 6, 5, 12], [20, 10, 10, 30]);

const path = model.simulate(opening);
path.forEach((levels, d) => console.log(`day ${d + 1}:`, levels.tolist()));
console.log("opening stock unchanged:", opening.tolist());

const quick = pingPong(opening, array([8, 6, 5, 12]), 3);
console.log("ping-pong after 3 days:", quick.tolist());

let working: NDArray = opening;
working = working.mul(0.95);
working.isub(1);
console.log("stock after 5% shrinkage and one display plant each:", working.tolist());

let display: NDArray = opening;
display = opening.slice(":2").copy();
display.fill(5);
console.log("display bench:", display.tolist(), "opening:", opening.tolist());

const finalLevels = path[path.length - 1];
const plan = reorderPlan(finalLevels, 40);
for (let i = 0; i < plants.length; i++) {
  console.log(`${plants[i]}: end ${finalLevels.get(i)}, order ${plan.get(i).toFixed(1)}`);
}
