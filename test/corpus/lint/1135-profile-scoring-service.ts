// Recommendation service: caches per-user taste profiles, scores candidate items per request and reports served totals.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface ScoreRequest {
  userId: string;
  candidates: number[][];
  boost: number;
}

interface ScoreResponse {
  userId: string;
  best: number;
  scores: number[];
  profileMass: number;
}

const DECAY = 0.9;
const HISTORY_SLOTS = 8;

class ProfileStore {
  private profiles: Record<string, NDArray> = {};
  private bestScores = zeros(HISTORY_SLOTS);
  private requests = 0;

  async load(userId: string): Promise<NDArray> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const existing = this.profiles[userId];
    if (existing) return existing;
    const fresh = array([0.5, 0.25, 0.25]);
    this.profiles[userId] = fresh;
    return fresh;
  }

  recordServed(best: number): void {
    this.bestScores.set(this.requests % HISTORY_SLOTS, best);
    this.requests++;
  }

  averageBest(): number {
    const filled = Math.min(this.requests, HISTORY_SLOTS);
    if (filled === 0) return 0;
    return this.bestScores.slice(`0:${filled}`).mean();
  }

  snapshot(): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    for (const id of Object.keys(this.profiles)) {
      out[id] = this.profiles[id].tolist() as number[];
    }
    return out;
  }
}

async function scoreCandidates(profile: NDArray, candidates: NDArray, boost: number): Promise<NDArray> {
  profile.imul(DECAY); // expect: no-alias-mutation
  const n = candidates.shape[0];
  const scores = zeros(n);
  for (let i = 0; i < n; i++) {
    scores.set(i, candidates.slice(i).mul(profile).sum());
  }
  scores.imul(boost);
  return scores;
}

function validate(req: ScoreRequest): string | null {
  if (req.candidates.length === 0) return "no candidates";
  for (const row of req.candidates) {
    if (row.length !== 3) return `candidate has ${row.length} features, expected 3`;
  }
  return null;
}

async function handle(req: ScoreRequest, store: ProfileStore): Promise<ScoreResponse> {
  const problem = validate(req);
  if (problem) throw new Error(problem);

  const profile = await store.load(req.userId);
  const profileMass = profile.sum();
  const candidates = array(req.candidates);
  const scores = await scoreCandidates(profile, candidates, req.boost);

  const clamped = scores.copy();
  for (let i = 0; i < scores.size; i++) {
    if (scores.get(i) < 0) {
      clamped.set(i, 0); // expect: no-lost-write
    }
  }

  const best = scores.max();
  store.recordServed(best);
  return { userId: req.userId, best, scores: scores.tolist() as number[], profileMass };
}

const store = new ProfileStore();
const requests: ScoreRequest[] = [
  { userId: "alice", candidates: [[1, 0, 0], [0, 1, 1]], boost: 2 },
  { userId: "alice", candidates: [[-1, 0, 0], [0, 0, 1]], boost: 1 },
  { userId: "bob", candidates: [[0.5, 0.5, 0]], boost: 1 },
  { userId: "alice", candidates: [[0.2, 0.2, 0.6]], boost: 3 },
];

for (const req of requests) {
  const res = await handle(req, store);
  console.log(`${res.userId}: best=${res.best.toFixed(3)} mass=${res.profileMass.toFixed(3)}`, res.scores);
}
console.log("average best score:", store.averageBest().toFixed(3));
console.log("profiles after serving:", store.snapshot());
