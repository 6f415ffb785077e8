// Test suite for a scratch-buffer pool kept in an object-dtype table: acquire, release, nested registries and memory statistics.
import { collect, empty, full, memoryStats, NDArray, refcount, zeros } from "ndalias";

const POOL_SIZE = 4;
const results: string[] = [];

function expectTrue(cond: boolean, label: string): void {
  results.push(`${cond ? "pass" : "FAIL"}: ${label}`);
}

// --- pool under test -----------------------------------------------------------

function makePool(bufferLength: number): NDArray {
  const pool = empty(POOL_SIZE, "object");
  for (let i = 0; i < POOL_SIZE; i++) {
    pool.set(i, zeros(bufferLength));
  }
  return pool;
}

function acquire(pool: NDArray, slot: number): NDArray {
  return pool.get(slot) as NDArray;
}

function release(pool: NDArray, slot: number): void {
  const buf = pool.get(slot) as NDArray;
  buf.fill(0);
}

function totalInUse(pool: NDArray): number {
  let total = 0;
  for (let i = 0; i < pool.size; i++) {
    total += (pool.get(i) as NDArray).sum();
  }
  return total;
}

// --- tests ---------------------------------------------------------------------

function testAcquireGivesZeroedBuffer(): void {
  const pool = makePool(8);
  const buf = acquire(pool, 0);
  expectTrue(buf.size === 8 && buf.sum() === 0, "acquired buffer is zeroed and sized");
}

function testReleaseClearsBuffer(): void {
  const pool = makePool(4);
  acquire(pool, 1).fill(3);
  expectTrue(totalInUse(pool) === 12, "filled buffer counts as in use");
  release(pool, 1);
  expectTrue(totalInUse(pool) === 0, "released buffer is cleared");
}

function testNestedRegistry(): void {
  const outer = empty(2, "object");
  outer.set(0, makePool(4));
  outer.set(1, makePool(2));
  const inner = outer.get(1) as NDArray;
  expectTrue(inner.size === POOL_SIZE, "inner registries keep their slots");
  expectTrue(refcount(inner) >= 2, "outer registry retains inner registry");
  outer.dispose();
}

function testRegistryIndexesItself(): void {
  const registry = empty(POOL_SIZE + 1, "object");
  for (let i = 0; i < POOL_SIZE; i++) {
    registry.set(i, full(4, i));
  }
  registry.set(POOL_SIZE, registry); // expect: no-reference-cycle
  expectTrue(refcount(registry) >= 2, "registry lists itself in its last slot");
  registry.dispose();
}

function testCollectAfterTeardown(): void {
  const before = memoryStats();
  const pool = makePool(16);
  expectTrue(memoryStats().storages > before.storages, "pool allocates storage");
  pool.dispose();
  const freed = collect();
  expectTrue(freed >= 0, `collect reports ${freed} freed storages`);
}

// --- runner --------------------------------------------------------------------

const tests = [
  testAcquireGivesZeroedBuffer,
  testReleaseClearsBuffer,
  testNestedRegistry,
  testRegistryIndexesItself,
  testCollectAfterTeardown,
];

for (const t of tests) {
  t();
}
for (const line of results) {
  console.log(line);
}
console.log(`stats at exit: ${JSON.stringify(memoryStats())}`);
