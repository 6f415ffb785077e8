// Shifts live metric buffers every tick and prints a dashboard through a report function that reads summary views.
import { zeros } from "ndalias";

const metrics = zeros([3, 4]);
const cpu = metrics.slice(0);
const latest = metrics.slice(":", -1);

function report(tick: number): void {
  console.log(`tick ${tick}: cpu avg ${cpu.mean().toFixed(2)}, latest ${JSON.stringify(latest.tolist())}`);
}

const readings = [
  [0.5, 0.3, 0.1],
  [0.7, 0.35, 0.2],
  [0.6, 0.4, 0.15],
];
for (const [i, r] of readings.entries()) {
  metrics.assign(":, :-1", metrics.slice(":, 1:").copy()); // expect: no-view-mutation
  metrics.assign(":, -1", r); // expect: no-view-mutation
  report(i + 1);
}

const snapshot = metrics;
function exportCsv(): void {
  for (let row = 0; row < snapshot.shape[0]; row++) console.log(JSON.stringify(snapshot.slice(row).tolist()));
}
metrics.imul(100); // expect: no-alias-mutation
exportCsv();
