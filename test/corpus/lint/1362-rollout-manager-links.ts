// Rollout manager: wires workers to a shared observation template and links episodes into a chain for n-step returns.
import { array, empty, zeros, NDArray } from "ndalias";

class Episode {
  rewards: NDArray;
  next: Episode | null = null;
  prev: Episode | null = null;

  constructor(rewards: number[]) {
    this.rewards = array(rewards);
  }

  discountedReturn(gamma: number): number {
    const ret = this.rewards.copy();
    for (let t = ret.size - 2; t >= 0; t--) {
      ret.set(t, Number(ret.get(t)) + gamma * Number(ret.get(t + 1)));
    }
    return Number(ret.get(0));
  }
}

function appendEpisode(tail: Episode, rewards: number[]): Episode {
  const ep = new Episode(rewards);
  tail.next = ep;
  ep.prev = tail; // expect: no-reference-cycle
  return ep;
}

class Worker {
  obs: NDArray;
  manager: RolloutManager | null = null;
  stepsTaken = 0;

  constructor(readonly id: number, dim: number) {
    this.obs = zeros(dim);
  }

  act(): number {
    this.stepsTaken++;
    return this.obs.sum() > 0 ? 1 : 0;
  }
}

class RolloutManager {
  template: NDArray;
  primary: Worker | null = null;
  readonly backups: Worker[] = [];

  constructor(dim: number) {
    this.template = zeros(dim);
    this.template.fill(0.25);
  }

  attach(worker: Worker): void {
    worker.obs = this.template.copy();
    this.primary = worker;
    worker.manager = this; // expect: no-reference-cycle
  }

  addBackup(worker: Worker): void {
    worker.obs = this.template.copy();
    this.backups.push(worker);
  }

  totalSteps(): number {
    let steps = this.primary ? this.primary.stepsTaken : 0;
    for (const w of this.backups) steps += w.stepsTaken;
    return steps;
  }
}

class ReturnTable {
  readonly cells: NDArray;

  constructor(size: number) {
    this.cells = empty(size, "object");
  }

  fill(head: Episode): number {
    let node: Episode | null = head;
    let i = 0;
    while (node && i < this.cells.size) {
      this.cells.set(i, node.rewards);
      node = node.next;
      i++;
    }
    return i;
  }
}

const manager = new RolloutManager(3);
const lead = new Worker(0, 3);
const spare = new Worker(1, 3);
manager.attach(lead);
manager.addBackup(spare);
for (let t = 0; t < 4; t++) {
  lead.act();
  spare.act();
}
console.log("steps taken:", manager.totalSteps());

const first = new Episode([1, 0, 0, 1]);
let tail = first;
for (const rewards of [[0, 0, 2], [1, 1, 1, 1], [0, 3]]) {
  tail = appendEpisode(tail, rewards);
}

const table = new ReturnTable(8);
console.log("episodes stored:", table.fill(first));

let node: Episode | null = first;
while (node) {
  console.log("return:", node.discountedReturn(0.9).toFixed(3));
  node = node.next;
}
