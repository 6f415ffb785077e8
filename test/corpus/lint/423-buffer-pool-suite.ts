// Tests for a frame buffer pool tracked in object-dtype tables: registration, nested tables and recycling of used rows.
// runnable
import { arange, empty, zeros, refcount, NDArray } from "ndalias";

interface Case {
  name: string;
  run: () => void;
}

const suite: Case[] = [];
let table: NDArray;
let frames: NDArray;

function setUp(): void {
  table = empty(3, "object");
  frames = arange(12).reshape(4, 3);
}

function tearDown(): void {
  table.dispose();
  frames.dispose();
}

function assertEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

suite.push({
  name: "registers frames and scratch buffers",
  run: () => {
    using scratch = zeros(4);
    table.set(0, frames);
    table.set(1, scratch);
    assertEqual(refcount(frames) >= 2, true, "table retains the frames");
    assertEqual((table.get(1) as NDArray).size, 4, "scratch size");
  },
});

suite.push({
  name: "nests a child table under a parent table",
  run: () => {
    const parent = empty(2, "object");
    const child = empty(2, "object");
    parent.set(0, child);
    child.set(1, parent); // expect: no-reference-cycle
    assertEqual(child.get(1) === parent, true, "child points back to parent");
    parent.dispose();
    child.dispose();
  },
});

suite.push({
  name: "recycles used rows by zeroing them",
  run: () => {
    const used = [0, 2];
    frames.take(used, 0).fill(0); // expect: no-lost-write
    assertEqual(frames.slice(0).sum(), 0, "row 0 cleared");
    assertEqual(frames.slice(2).sum(), 0, "row 2 cleared");
  },
});

suite.push({
  name: "recycles used rows through row views",
  run: () => {
    for (const r of [1, 3]) {
      frames.slice(r).fill(-1);
    }
    assertEqual(frames.sum(), 0 + 1 + 2 + 6 + 7 + 8 - 6, "total after recycling");
  },
});

suite.push({
  name: "gathers a copy of selected rows for export",
  run: () => {
    const exported = frames.take([3, 1], 0);
    exported.imul(10);
    assertEqual(exported.tolist(), [[90, 100, 110], [30, 40, 50]], "exported rows");
    assertEqual(frames.get(3, 0), 9, "pool untouched");
  },
});

let failures = 0;
for (const c of suite) {
  setUp();
  try {
    c.run();
    console.log(`pass: ${c.name}`);
  } catch (err) {
    failures++;
    console.log(`fail: ${c.name}: ${(err as Error).message}`);
  } finally {
    tearDown();
  }
}
console.log(`${suite.length - failures}/${suite.length} passed`);
