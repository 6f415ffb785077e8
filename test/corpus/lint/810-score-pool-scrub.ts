// Scoring service: request handlers borrow scratch vectors from a shared buffer pool and return per-class scores to callers.
// runnable
import { array, zeros, NDArray } from "ndalias";

class BufferPool {
  private readonly free: NDArray[] = [];
  private created = 0;
  private borrowed = 0;

  constructor(readonly width: number, readonly limit: number) {}

  acquire(): NDArray {
    this.borrowed += 1;
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    this.created += 1;
    return zeros(this.width);
  }

  release(buf: NDArray): void {
    this.borrowed -= 1;
    if (buf.size !== this.width) {
      throw new Error(`pool expects width ${this.width}, got ${buf.size}`);
    }
    if (this.free.length < this.limit) this.free.push(buf);
  }

  stats(): { created: number; idle: number; borrowed: number } {
    return { created: this.created, idle: this.free.length, borrowed: this.borrowed };
  }
}

interface ScoreRequest {
  requestId: string;
  tenant: string;
  features: NDArray;
}

interface ScoreResponse {
  requestId: string;
  scores: NDArray;
  best: number;
}

const CLASS_WEIGHTS = array([0.9, 1.1, 0.7, 1.3]);
const pool = new BufferPool(CLASS_WEIGHTS.size, 8);
const auditLog: string[] = [];

function argmax(v: NDArray): number {
  let best = 0;
  for (let i = 1; i < v.size; i++) {
    if (v.get(i) > v.get(best)) best = i;
  }
  return best;
}

function validate(req: ScoreRequest): void {
  if (req.features.ndim !== 1 || req.features.size !== CLASS_WEIGHTS.size) {
    throw new Error(`request ${req.requestId}: expected ${CLASS_WEIGHTS.size} features`);
  }
}

// Shared-tenant handler: the response owns a copy, so the pooled vector can be cleared and reused.
export function scoreRequest(req: ScoreRequest): ScoreResponse {
  validate(req);
  const scratch = pool.acquire();
  scratch.assign(":", req.features);
  scratch.imul(CLASS_WEIGHTS);
  const response = { requestId: req.requestId, scores: scratch.copy(), best: argmax(scratch) };
  pool.release(scratch.fill(0));
  return response;
}

// Isolated-tenant handler: pooled memory is scrubbed on release so the next tenant never sees these scores.
export function scoreForTenant(req: ScoreRequest): ScoreResponse {
  validate(req);
  const scratch = pool.acquire();
  scratch.assign(":", req.features);
  scratch.imul(CLASS_WEIGHTS);
  const response: ScoreResponse = { requestId: req.requestId, scores: scratch, best: argmax(scratch) };
  pool.release(scratch.fill(0)); // expect: no-alias-mutation
  auditLog.push(`${req.tenant}/${req.requestId} total=${response.scores.sum().toFixed(3)}`);
  return response;
}

export function scoreBatch(requests: ScoreRequest[]): ScoreResponse[] {
  const out: ScoreResponse[] = [];
  for (const req of requests) {
    out.push(scoreRequest(req));
  }
  return out;
}

const requests: ScoreRequest[] = [
  { requestId: "r-101", tenant: "acme", features: array([0.2, 0.5, 0.1, 0.4]) },
  { requestId: "r-102", tenant: "acme", features: array([0.3, 0.3, 0.3, 0.1]) },
  { requestId: "r-201", tenant: "globex", features: array([0.6, 0.1, 0.3, 0.2]) },
];

for (const res of scoreBatch(requests.slice(0, 2))) {
  console.log(res.requestId, "scores:", res.scores.tolist(), "best class:", res.best);
}

const isolated = scoreForTenant(requests[2]);
console.log(isolated.requestId, "scores:", isolated.scores.tolist(), "best class:", isolated.best);
console.log("audit:", auditLog.join("; "));
console.log("pool:", pool.stats());
