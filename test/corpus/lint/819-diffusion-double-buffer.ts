// Simulation job service: diffusion jobs advance with two swapped buffers and publish owned snapshots to subscribers.
import { zeros, linspace, NDArray } from "ndalias";

interface Snapshot {
  jobId: string;
  step: number;
  field: NDArray;
}

type Subscriber = (snapshot: Snapshot) => void;

// Writes one explicit diffusion step of `src` into `dst`.
function diffuseInto(dst: NDArray, src: NDArray, rate: number): void {
  const n = src.size;
  for (let i = 0; i < n; i++) {
    const left = src.get(i === 0 ? 0 : i - 1);
    const right = src.get(i === n - 1 ? n - 1 : i + 1);
    const mid = src.get(i);
    dst.set(i, mid + rate * (left - 2 * mid + right));
  }
}

class DiffusionJob {
  private front: NDArray;
  private back: NDArray;
  private step = 0;
  private readonly subscribers: Subscriber[] = [];

  constructor(readonly id: string, initial: NDArray, private readonly rate: number) {
    if (rate <= 0 || rate > 0.5) throw new Error(`unstable rate ${rate}`);
    this.front = initial.copy();
    this.back = zeros(initial.size);
  }

  subscribe(fn: Subscriber): void {
    this.subscribers.push(fn);
  }

  advance(steps: number): number {
    for (let k = 0; k < steps; k++) {
      diffuseInto(this.back, this.front, this.rate);
      [this.front, this.back] = [this.back, this.front];
      this.step += 1;
    }
    return this.front.sum();
  }

  publish(): void {
    const snapshot: Snapshot = { jobId: this.id, step: this.step, field: this.front.copy() };
    this.subscribers.forEach((fn) => fn(snapshot));
  }

  reset(initial: NDArray): number {
    const before = this.front.copy();
    this.front.assign(":", initial);
    this.back.fill(0);
    this.step = 0;
    return before.sub(this.front).max();
  }
}

const jobs = new Map<string, DiffusionJob>();
const latest = new Map<string, number[]>();

export function startJob(id: string, initial: NDArray, rate: number): DiffusionJob {
  const job = new DiffusionJob(id, initial, rate);
  job.subscribe((s) => latest.set(s.jobId, s.field.tolist() as number[]));
  job.subscribe((s) => console.log(`[${s.jobId}] step ${s.step} peak ${s.field.max().toFixed(4)}`));
  jobs.set(id, job);
  return job;
}

export function tick(steps: number): Map<string, number> {
  const mass = new Map<string, number>();
  for (const [id, job] of jobs) {
    mass.set(id, job.advance(steps));
    job.publish();
  }
  return mass;
}

export function restartJob(id: string, initial: NDArray): number {
  const job = jobs.get(id);
  if (job === undefined) throw new Error(`unknown job ${id}`);
  return job.reset(initial);
}

const spike = zeros(8);
spike.set(4, 1);
const ramp = linspace(0, 1, 8);
startJob("spike", spike, 0.25);
startJob("ramp", ramp, 0.4);
console.log("mass after 3 steps:", tick(3));
console.log("mass after 5 more:", tick(5));
console.log("reset change:", restartJob("spike", ramp));
console.log("inputs unchanged:", spike.tolist(), ramp.tolist(), latest.get("ramp"));
