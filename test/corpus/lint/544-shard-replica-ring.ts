// Feature-store shards shared between services: failover pairs, a round-robin read ring and a one-way migration chain.
import { zeros, NDArray } from "ndalias";

class FeatureShard {
  features: NDArray;
  replica: FeatureShard | null = null;
  nextInRing: FeatureShard | null = null;
  successor: FeatureShard | null = null;
  constructor(readonly name: string, dims: number) {
    this.features = zeros(dims);
  }
  checksum(): number {
    return this.features.sum();
  }
}

/** Copies a shard's features into its replica on purpose. */
export function syncReplica(shard: FeatureShard): void {
  if (shard.replica) {
    shard.replica.features.assign(":", shard.features);
  }
}

export function makeFailoverPair(name: string, dims: number): FeatureShard {
  const primary = new FeatureShard(`${name}-primary`, dims);
  const standby = new FeatureShard(`${name}-standby`, dims);
  primary.replica = standby;
  standby.replica = primary; // expect: no-reference-cycle
  return primary;
}

export function makeReadRing(dims: number): FeatureShard[] {
  const a = new FeatureShard("ring-a", dims);
  const b = new FeatureShard("ring-b", dims);
  const c = new FeatureShard("ring-c", dims);
  a.nextInRing = b;
  b.nextInRing = c;
  c.nextInRing = a; // expect: no-reference-cycle
  return [a, b, c];
}

export function makeMigrationChain(dims: number): FeatureShard {
  const oldest = new FeatureShard("v1", dims);
  const middle = new FeatureShard("v2", dims);
  const newest = new FeatureShard("v3", dims);
  oldest.successor = middle;
  middle.successor = newest;
  return oldest;
}

export function latestVersion(start: FeatureShard): FeatureShard {
  let node = start;
  while (node.successor) node = node.successor;
  return node;
}

const primary = makeFailoverPair("users", 4);
primary.features.fill(0.5);
syncReplica(primary);
console.log("replica checksum:", primary.replica?.checksum());

const ring = makeReadRing(4);
let reader = ring[0];
for (let i = 0; i < 5; i++) {
  reader = reader.nextInRing ?? reader;
}
console.log("reader after 5 hops:", reader.name);

const chain = makeMigrationChain(4);
console.log("latest schema:", latestVersion(chain).name, latestVersion(chain).checksum());
