// Schedules training jobs round-robin over a circular list of workers and sums the loss each worker reports.
import { array } from "ndalias";

class Worker {
  next: Worker = this;
  jobs = 0;
  constructor(readonly name: string) {}
}

function ring(names: string[]): Worker {
  const first = new Worker(names[0]);
  let last = first;
  for (const name of names.slice(1)) {
    const w = new Worker(name);
    last.next = w;
    last = w;
  }
  last.next = first;
  return first;
}

const losses = array([0.9, 0.7, 0.65, 0.5, 0.45]);
let worker = ring(["gpu0", "gpu1"]);
for (let i = 0; i < losses.size; i++) {
  worker.jobs++;
  console.log(`${worker.name} loss ${losses.get(i)}`);
  worker = worker.next;
}
console.log("jobs on current worker:", worker.jobs, "mean loss:", losses.mean());
