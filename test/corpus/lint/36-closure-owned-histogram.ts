// Counts page views per hour with a closure that owns its histogram and prints the busiest hour.
import { zeros } from "ndalias";

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
