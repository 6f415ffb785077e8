// Worker pool for signal jobs: each job is centred, summarised per window and reported, while the pool tracks latency.
import { arange, zeros, NDArray } from "ndalias";

interface Job {
  id: number;
  payload: NDArray;
  windows: number;
}

interface JobResult {
  id: number;
  peak: number;
  windowMeans: number[];
  windowPercent: number[];
  scaledPeak: number;
}

const LATENCY_SLOTS = 8;

class Pool {
  private busy = 0;
  private completed = 0;
  private readonly latency = zeros(LATENCY_SLOTS);

  constructor(private readonly size: number) {}

  async acquire(): Promise<void> {
    while (this.busy >= this.size) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.busy++;
  }

  release(elapsedMs: number): void {
    this.latency.set(this.completed % LATENCY_SLOTS, elapsedMs);
    this.completed++;
    this.busy--;
  }

  meanLatency(): number {
    const filled = Math.min(this.completed, LATENCY_SLOTS);
    return filled === 0 ? 0 : this.latency.slice(`0:${filled}`).mean();
  }

  jobsCompleted(): number {
    return this.completed;
  }
}

async function runJob(job: Job, pool: Pool): Promise<JobResult> {
  await pool.acquire();
  const started = Date.now();
  try {
    if (job.payload.size % job.windows !== 0) {
      throw new Error(`job ${job.id}: ${job.payload.size} samples do not split into ${job.windows} windows`);
    }
    const signal = job.payload;
    const mu = signal.mean();
    signal.isub(mu); // expect: no-alias-mutation
    const peak = Math.max(job.payload.max(), -job.payload.min());

    const normalized = signal.div(Math.max(peak, 1e-9));
    const windows = normalized.reshape(job.windows, normalized.size / job.windows);
    normalized.imul(100); // expect: no-view-mutation

    const windowMeans: number[] = [];
    for (let w = 0; w < job.windows; w++) {
      windowMeans.push(windows.slice(w).mean());
    }

    const percent = zeros(job.windows);
    for (let w = 0; w < job.windows; w++) {
      percent.set(w, Math.abs(windowMeans[w]));
    }
    percent.idiv(Math.max(percent.sum(), 1e-9));
    percent.imul(100);

    const scaledPeak = Math.max(normalized.max(), -normalized.min());
    return { id: job.id, peak, windowMeans, windowPercent: percent.tolist() as number[], scaledPeak };
  } finally {
    pool.release(Date.now() - started);
  }
}

function makeJobs(count: number, length: number): Job[] {
  const jobs: Job[] = [];
  for (let id = 1; id <= count; id++) {
    const payload = arange(0, length);
    payload.imul(id);
    payload.iadd(id % 2 === 0 ? -3 : 3);
    jobs.push({ id, payload, windows: 3 });
  }
  return jobs;
}

async function main(): Promise<void> {
  const pool = new Pool(2);
  const jobs = makeJobs(4, 12);
  const results = await Promise.all(jobs.map((job) => runJob(job, pool)));
  for (const r of results) {
    console.log(`job ${r.id}: peak=${r.peak.toFixed(2)}`, r.windowMeans.map((m) => m.toFixed(2)), r.windowPercent, r.scaledPeak);
  }
  console.log("mean latency (ms):", pool.meanLatency(), "jobs:", pool.jobsCompleted());
  console.log("payloads after processing:", jobs.map((j) => j.payload.tolist()));
}

await main();
