// Session hub for a streaming mixer: sessions open from a shared gain template, register slot tables and receive broadcasts.
// runnable
import { array, empty, zeros, refcount, NDArray } from "ndalias";

const FRAME = 4;
const SLOT_MIX = 0;
const SLOT_INBOX = 1;
const SLOT_REGISTRY = 2;

class Session {
  received = 0;
  constructor(readonly id: string, readonly mix: NDArray, readonly inbox: NDArray) {}

  deliver(frame: NDArray): void {
    this.inbox.iadd(frame.mul(this.mix));
    this.received++;
  }

  level(): number {
    return this.received === 0 ? 0 : this.inbox.max() / this.received;
  }
}

class Hub {
  private template = array([1, 0.8, 0.8, 1]);
  private registry = empty(8, "object");
  private sessions: Session[] = [];

  open(id: string, bias: number): Session {
    if (this.sessions.length >= this.registry.size) {
      throw new Error(`hub is full: ${this.sessions.length} sessions, at most ${this.registry.size}`);
    }
    const mix = this.template;
    mix.iadd(bias); // expect: no-alias-mutation
    const session = new Session(id, mix.copy(), zeros(FRAME));

    const slots = empty(3, "object");
    slots.set(SLOT_MIX, session.mix);
    slots.set(SLOT_INBOX, session.inbox);
    this.registry.set(this.sessions.length, slots);
    slots.set(SLOT_REGISTRY, this.registry); // expect: no-reference-cycle
    this.sessions.push(session);
    return session;
  }

  broadcast(frame: NDArray): number {
    for (const s of this.sessions) {
      s.deliver(frame);
    }
    return this.sessions.length;
  }

  templateGain(): number {
    return this.template.mean();
  }

  shutdown(): number {
    const registryRefs = refcount(this.registry);
    this.registry.dispose();
    this.sessions = [];
    return registryRefs;
  }
}

async function* frames(count: number): AsyncGenerator<NDArray> {
  for (let i = 0; i < count; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const frame = zeros(FRAME);
    frame.set(i % FRAME, 1);
    frame.iadd(0.1 * i);
    yield frame;
  }
}

const hub = new Hub();
const alice = hub.open("alice", 0.5);
const bob = hub.open("bob", 0.0);
const carol = hub.open("carol", -0.25);

let deliveries = 0;
for await (const frame of frames(6)) {
  deliveries += hub.broadcast(frame);
}

for (const s of [alice, bob, carol]) {
  console.log(`${s.id}: mix=${JSON.stringify(s.mix.tolist())} level=${s.level().toFixed(3)}`);
}
console.log("deliveries:", deliveries, "template gain:", hub.templateGain().toFixed(3));
console.log("registry references at shutdown:", hub.shutdown());
console.log("hub closed");
