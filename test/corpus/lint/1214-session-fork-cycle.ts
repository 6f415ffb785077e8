// Serving sessions for speculative decoding: each session keeps a KV cache, forks draft sessions and commits accepted drafts.
import { array, zeros, NDArray } from "ndalias";

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

class Session {
  cache: NDArray;
  parent: Session | null = null;
  lastFork: Session | null = null;
  tokens: number[] = [];

  constructor(
    readonly id: string,
    width: number,
  ) {
    this.cache = zeros([2, width]);
  }

  async append(token: number, keys: NDArray): Promise<number> {
    await yieldToLoop();
    const slot = this.tokens.length % this.cache.shape[0];
    this.cache.assign(`${slot}`, keys);
    this.tokens.push(token);
    return this.tokens.length;
  }

  async fork(id: string): Promise<Session> {
    await yieldToLoop();
    const child = new Session(id, this.cache.shape[1]);
    child.cache.assign(":", this.cache);
    child.tokens = [...this.tokens];
    child.parent = this;
    this.lastFork = child; // expect: no-reference-cycle
    return child;
  }

  async commit(): Promise<boolean> {
    const parent = this.parent;
    if (parent === null) return false;
    await yieldToLoop();
    const merged = parent.cache.copy();
    merged.iadd(this.cache); // expect: no-lost-write
    parent.tokens.push(...this.tokens.slice(parent.tokens.length));
    parent.lastFork = null;
    return true;
  }

  async rollback(): Promise<void> {
    await yieldToLoop();
    this.cache.fill(0);
    this.tokens = [];
  }

  async attention(query: NDArray): Promise<number> {
    await yieldToLoop();
    const scores = this.cache.mul(query);
    scores.imul(1 / Math.sqrt(query.size));
    return scores.max();
  }

  describe(): string {
    const origin = this.parent ? ` (fork of ${this.parent.id})` : "";
    return `${this.id}${origin}: ${this.tokens.length} tokens, cache total ${this.cache.sum().toFixed(3)}`;
  }
}

class SessionPool {
  private sessions = new Map<string, Session>();

  async open(id: string, width: number): Promise<Session> {
    await yieldToLoop();
    const session = new Session(id, width);
    this.sessions.set(id, session);
    return session;
  }

  async close(id: string): Promise<number> {
    const session = this.sessions.get(id);
    if (!session) return 0;
    await session.rollback();
    this.sessions.delete(id);
    return this.sessions.size;
  }

  list(): string[] {
    return [...this.sessions.values()].map((s) => s.describe());
  }
}

async function main(): Promise<void> {
  const pool = new SessionPool();
  const root = await pool.open("root", 3);
  await root.append(101, array([0.1, 0.2, 0.3]));
  await root.append(102, array([0.4, 0.1, 0.0]));

  const draft = await root.fork("draft-1");
  await draft.append(103, array([0.2, 0.2, 0.2]));
  const score = await draft.attention(array([1, 0, 1]));
  console.log("draft attention peak:", score.toFixed(4));

  if (score > 0.1) {
    const accepted = await draft.commit();
    console.log("draft accepted:", accepted);
  }

  const observer = new Session("observer", 3);
  observer.parent = root;
  console.log(observer.describe());

  console.log(pool.list().join("\n"));
  console.log("root cache:", root.cache.tolist());
  console.log("open sessions after close:", await pool.close("root"));
}

await main();
