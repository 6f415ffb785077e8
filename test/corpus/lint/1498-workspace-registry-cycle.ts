// A static workspace registry that tracks named scratch buffers in an object-dtype table and reports their memory use.
import { empty, zeros, ones, full, NDArray, refcount, memoryStats } from "ndalias";

const CAPACITY = 6;

class Workspace {
  static readonly slots: NDArray = empty(CAPACITY, "object");
  static readonly names: string[] = [];
  private static sealed = false;

  static register(name: string, buffer: NDArray): number {
    if (Workspace.sealed) {
      throw new Error(`workspace is sealed, cannot register "${name}"`);
    }
    const index = Workspace.names.length;
    if (index >= CAPACITY) {
      throw new Error(`workspace full (${CAPACITY} slots), cannot register "${name}"`);
    }
    Workspace.slots.set(index, buffer);
    Workspace.names.push(name);
    return index;
  }

  static lookup(name: string): NDArray {
    const index = Workspace.names.indexOf(name);
    if (index < 0) {
      throw new Error(`no buffer named "${name}", known: ${Workspace.names.join(", ")}`);
    }
    return Workspace.slots.get(index);
  }

  static totalElements(): number {
    let total = 0;
    for (let i = 0; i < Workspace.names.length; i++) {
      const entry: NDArray = Workspace.slots.get(i);
      total += entry.size;
    }
    return total;
  }

  // Lets generic inspection tools reach the table itself from its last slot.
  static seal(): void {
    Workspace.slots.set(CAPACITY - 1, Workspace.slots); // expect: no-reference-cycle
    Workspace.sealed = true;
  }

  static release(): void {
    for (let i = 0; i < CAPACITY; i++) {
      Workspace.slots.set(i, null);
    }
    Workspace.names.length = 0;
  }
}

// A group of buffers is itself an object array registered as one entry.
function makeGradientGroup(size: number): NDArray {
  const group = empty(2, "object");
  group.set(0, zeros(size));
  group.set(1, zeros(size));
  return group;
}

function groupNorm(group: NDArray): number {
  let sq = 0;
  for (let i = 0; i < group.size; i++) {
    const g: NDArray = group.get(i);
    sq += g.mul(g).sum();
  }
  return Math.sqrt(sq);
}

Workspace.register("activations", zeros(16));
Workspace.register("mask", ones(16, "uint8"));
Workspace.register("bias", full(4, 0.1));
Workspace.register("gradients", makeGradientGroup(8));

const grads = Workspace.lookup("gradients");
const first: NDArray = grads.get(0);
first.fill(0.5);
console.log("gradient norm:", groupNorm(grads).toFixed(4));

const activations = Workspace.lookup("activations");
activations.slice(":4").fill(1);
console.log("active units:", activations.sum());

Workspace.seal();
console.log("registered:", Workspace.names.join(", "), "elements:", Workspace.totalElements());
console.log("references to the table:", refcount(Workspace.slots));
console.log("memory:", memoryStats());
Workspace.release();
