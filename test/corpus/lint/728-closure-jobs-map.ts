// Deferred maintenance for a metrics service: closures over the shared histograms are registered in a Map and run on each tick.
import { zeros } from "ndalias";

const latencyHist = zeros(8);
const errorCounts = zeros([4, 6]);
const jobs = new Map<string, () => number>();

jobs.set("decay", () => {
  latencyHist.imul(0.5);
  return latencyHist.sum();
});

jobs.set("rollover", () => {
  const hist = latencyHist;
  const overflow = hist.get(7);
  hist.set(7, 0); // expect: no-alias-mutation
  return overflow;
});

jobs.set("worstService", () => {
  let worst = 0;
  for (let s = 1; s < errorCounts.shape[0]; s++) {
    if (errorCounts.slice(s).sum() > errorCounts.slice(worst).sum()) worst = s;
  }
  return worst;
});

jobs.set("closeHour", () => {
  const lastHour = errorCounts.slice(":", -1);
  const total = lastHour.sum();
  lastHour.fill(0); // expect: no-view-mutation
  return total;
});

function record(service: number, hour: number, latencyBucket: number): void {
  errorCounts.set([service, hour], errorCounts.get(service, hour) + 1);
  latencyHist.set(latencyBucket, latencyHist.get(latencyBucket) + 1);
}

record(0, 5, 2);
record(2, 5, 7);
record(2, 4, 7);
record(3, 5, 1);

for (const [name, job] of jobs) {
  console.log(`job ${name}:`, job());
}
console.log("latency histogram:", latencyHist.tolist());
console.log("errors per service:", errorCounts.tolist());
