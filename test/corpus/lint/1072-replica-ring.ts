// Sets up replicas of a parameter shard with primaries and mirrors, plus a heartbeat ring of monitors that hold no data.
import { arange, zeros, NDArray } from "ndalias";

class Replica {
  primary: Replica | null = null;
  mirror: Replica | null = null;
  constructor(
    readonly id: string,
    public shard: NDArray,
  ) {}

  syncFromPrimary(): void {
    if (this.primary) this.shard = this.primary.shard.copy();
  }
}

class Monitor {
  next: Monitor | null = null;
  prev: Monitor | null = null;
  misses = 0;
  constructor(
    readonly host: string,
    readonly replicaId: string,
  ) {}
}

function attachPrimary(replica: Replica, primary: Replica): void {
  replica.primary = primary;
}

function attachMirror(primary: Replica, replica: Replica): void {
  primary.mirror = replica;
}

function link(from: Replica, to: Replica): void {
  from.mirror = to;
}

export function buildHeartbeatRing(hosts: string[], replicas: Replica[]): Monitor[] {
  const ring = hosts.map((h, i) => new Monitor(h, replicas[i % replicas.length].id));
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const nxt = ring[(i + 1) % ring.length];
    cur.next = nxt;
    nxt.prev = cur;
  }
  return ring;
}

export function pairMonitors(a: Monitor, b: Monitor): void {
  a.next = b;
  b.next = a;
  a.prev = b;
  b.prev = a;
}

function beat(start: Monitor, missing: Set<string>, rounds: number): void {
  let m: Monitor | null = start;
  for (let r = 0; r < rounds && m; r++) {
    if (missing.has(m.host)) m.misses++;
    m = m.next;
  }
}

const primary = new Replica("shard-0/primary", arange(0, 6));
const secondary = new Replica("shard-0/secondary", zeros(6));
const tertiary = new Replica("shard-0/tertiary", zeros(6));

attachPrimary(secondary, primary);
attachMirror(primary, secondary);
attachPrimary(tertiary, primary);
link(secondary, tertiary);
link(tertiary, secondary);

secondary.syncFromPrimary();
tertiary.syncFromPrimary();
primary.shard.imul(2);
console.log(
  "primary:",
  JSON.stringify(primary.shard.tolist()),
  "secondary (stale copy):",
  JSON.stringify(secondary.shard.tolist()),
);

const ring = buildHeartbeatRing(["h1", "h2", "h3", "h4"], [primary, secondary, tertiary]);
beat(ring[0], new Set(["h3"]), 12);
console.log(ring.map((m) => `${m.host}(${m.replicaId}) misses=${m.misses}`).join(" -> "));

const standbyA = new Monitor("standby-a", tertiary.id);
const standbyB = new Monitor("standby-b", tertiary.id);
pairMonitors(standbyA, standbyB);
standbyA.next!.misses += 1;
console.log("standby pair:", standbyA.next?.host, standbyB.next?.host, standbyB.misses);
console.log("mirror of primary:", primary.mirror?.id, "mirror of tertiary:", tertiary.mirror?.id);
