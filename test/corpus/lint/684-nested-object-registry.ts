// Registers pipeline stages and their buffers in nested object-dtype tables, stages a float32 input, and releases the tables at the end.
// runnable
import { array, collect, empty, memoryStats, ones, refcount, zeros, NDArray } from "ndalias";

function describe(table: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const item = table.get(i);
    parts.push(item === null || item === undefined ? "-" : `#${i}`);
  }
  return parts.join(" ");
}

const stages = empty(2, "object");
const buffers = empty(3, "object");
buffers.set(0, zeros(4));
buffers.set(1, array([0.5, 1.5, 2.5, 3.5]));
stages.set(0, buffers);
stages.set(1, ones(2));
// let every buffer find its stage table again
buffers.set(2, stages); // expect: no-reference-cycle

console.log("stages:", describe(stages), "buffers:", describe(buffers));
const before = memoryStats();
console.log("storages before staging:", before.storages, "bytes:", before.bytes);

const input: NDArray = buffers.get(1);
const doubled = input.mul(2);
doubled.iadd(1);
console.log("affine preview:", doubled.tolist());

// the float32 kernel expects inputs at half scale
const staged = input.astype("float32");
staged.imul(0.5); // expect: no-lost-write
console.log("input mean fed to the kernel:", input.mean());

console.log("references to the stage table:", refcount(stages));
stages.dispose();
buffers.dispose();
console.log("collected:", collect(), "stats:", memoryStats());
