// Embedding cache shards with primary/replica failover: shards hold hot vectors and hit counters, and a rebalance moves slots between shards.
import { array, zeros, NDArray } from "ndalias";

class Shard {
  vectors: NDArray;
  hits: NDArray;
  replica: Shard | null = null;

  constructor(readonly name: string, dim: number, slots: number) {
    this.vectors = zeros([slots, dim]);
    this.hits = zeros(slots, "int32");
  }

  write(slot: number, vec: NDArray): void {
    this.vectors.assign(`${slot}`, vec);
    this.hits.set(slot, 0);
  }

  read(slot: number): NDArray {
    this.hits.set(slot, this.hits.get(slot) + 1);
    return this.vectors.slice(slot).copy();
  }
}

function pairShards(primary: Shard, secondary: Shard): void {
  primary.replica = secondary;
  secondary.replica = primary; // expect: no-reference-cycle
}

function readWithFailover(shard: Shard, slot: number, down: Set<string>): NDArray {
  if (!down.has(shard.name)) return shard.read(slot);
  const replica = shard.replica;
  if (replica && !down.has(replica.name)) return replica.read(slot);
  throw new Error(`slot ${slot}: ${shard.name} and its replica are both down`);
}

function rebalance(from: Shard, to: Shard, slots: number[]): void {
  const moving = from.vectors.take(slots, 0);
  to.vectors.slice(`:${slots.length}`).assign(":", moving);
  from.vectors.take(slots, 0).fill(0); // expect: no-lost-write
  console.log(`moved ${slots.length} slots from ${from.name} to ${to.name}, norm ${Math.sqrt(moving.mul(moving).sum())}`);
}

const a = new Shard("shard-a", 3, 4);
const b = new Shard("shard-b", 3, 4);
pairShards(a, b);

a.write(0, array([0.1, 0.2, 0.3]));
a.write(1, array([0.9, 0.8, 0.7]));
b.write(0, array([0.1, 0.2, 0.3]));

const down = new Set<string>();
console.log("healthy read:", readWithFailover(a, 0, down).tolist());
down.add("shard-a");
try {
  console.log("failover read:", readWithFailover(a, 0, down).tolist());
  down.add("shard-b");
  readWithFailover(a, 1, down);
} catch (err) {
  console.log("read failed:", (err as Error).message);
}

rebalance(a, b, [1]);
console.log("shard-a vectors after rebalance:", a.vectors.tolist());
console.log("shard-b vectors:", b.vectors.tolist(), "hits:", b.hits.tolist());
