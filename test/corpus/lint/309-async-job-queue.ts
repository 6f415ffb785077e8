// An async job queue that scales and normalises uploaded feature batches, retrying jobs that fail with transient errors.
import { array, NDArray } from "ndalias";

interface Job {
  id: number;
  batch: NDArray;
  scale: number;
  attempts: number;
}

interface JobResult {
  id: number;
  total: number;
  normalised: unknown;
}

class TransientError extends Error {}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function runJob(job: Job): Promise<JobResult> {
  await sleep(1);
  job.attempts += 1;
  if (job.attempts === 1 && job.id % 2 === 1) {
    throw new TransientError(`job ${job.id} timed out`);
  }
  const working = job.batch.astype("float32");
  working.imul(job.scale); // expect: no-lost-write
  const norm = Math.sqrt(job.batch.mul(job.batch).sum());
  const normalised = job.batch.div(norm);
  return { id: job.id, total: job.batch.sum(), normalised: normalised.tolist() };
}

async function summariseJob(job: Job): Promise<JobResult> {
  await sleep(1);
  const ranked = job.batch.flatten();
  ranked.sort();
  return { id: job.id, total: ranked.get(ranked.size - 1), normalised: ranked.tolist() };
}

class JobQueue {
  private readonly pending: Job[] = [];
  private readonly results: JobResult[] = [];
  private failures = 0;

  constructor(private readonly worker: (job: Job) => Promise<JobResult>) {}

  enqueue(job: Job): void {
    this.pending.push(job);
  }

  async drain(maxAttempts: number): Promise<JobResult[]> {
    while (this.pending.length > 0) {
      const job = this.pending.shift()!;
      try {
        this.results.push(await this.worker(job));
      } catch (err) {
        if (err instanceof TransientError && job.attempts < maxAttempts) {
          this.pending.push(job);
        } else {
          this.failures += 1;
          console.error(`job ${job.id} failed permanently:`, err);
        }
      } finally {
        console.log(`job ${job.id}: attempt ${job.attempts} finished, ${this.pending.length} pending`);
      }
    }
    return this.results;
  }
}

const queue = new JobQueue(runJob);
queue.enqueue({ id: 1, batch: array([3, 4]), scale: 2, attempts: 0 });
queue.enqueue({ id: 2, batch: array([1, 1, 1, 1]), scale: 0.5, attempts: 0 });
const results = await queue.drain(3);
for (const r of results) console.log(`job ${r.id}: total ${r.total}`, JSON.stringify(r.normalised));

const ranking = new JobQueue(summariseJob);
ranking.enqueue({ id: 3, batch: array([[5, 1], [4, 2]]), scale: 1, attempts: 0 });
console.log("ranked:", JSON.stringify(await ranking.drain(1)));
