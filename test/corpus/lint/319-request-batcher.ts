// A request batcher for an inference endpoint: pending payloads are packed into a padded matrix with slice writes, scaled, and each request gets its own row back.
import { array, zeros, NDArray } from "ndalias";

interface PendingRequest {
  id: string;
  values: number[];
}

class Batcher {
  private readonly pending: PendingRequest[] = [];
  private readonly latencies = zeros(8);
  private cursor = 0;

  constructor(private readonly width: number) {}

  submit(id: string, values: number[]): void {
    if (values.length === 0) throw new RangeError(`request ${id} has an empty payload`);
    this.pending.push({ id, values });
  }

  recordLatency(ms: number): number {
    this.latencies.set(this.cursor % this.latencies.size, ms);
    this.cursor++;
    return this.latencies.slice(`:${Math.min(this.cursor, this.latencies.size)}`).mean();
  }

  flush(): Map<string, number[]> {
    const batch = zeros([this.pending.length, this.width]);
    this.pending.forEach((req, r) => {
      const n = Math.min(req.values.length, this.width);
      batch.slice(r, `:${n}`).assign(":", array(req.values.slice(0, n)));
    });
    batch.slice(":", 0).iadd(1);
    const scale = 1 / Math.max(1, batch.max());
    batch.imul(scale);

    const replies = new Map<string, number[]>();
    this.pending.forEach((req, r) => replies.set(req.id, batch.slice(r).tolist() as number[]));
    this.pending.length = 0;
    return replies;
  }
}

function baseline(width: number): NDArray {
  const a = zeros(width);
  const b = zeros(width);
  a.iadd(1);
  b.fill(0.5);
  return a.sub(b);
}

const batcher = new Batcher(4);
batcher.submit("r1", [3, 1, 4]);
batcher.submit("r2", [1, 5, 9, 2, 6]);
try {
  batcher.submit("r3", []);
} catch (err) {
  console.log("rejected:", (err as Error).message);
}

const started = Date.now();
const replies = batcher.flush();
console.log("mean latency:", batcher.recordLatency(Date.now() - started + 3));
for (const [id, row] of replies) {
  console.log(id, row.map((v) => v.toFixed(3)).join(" "));
}
console.log("baseline:", baseline(4).tolist());
