// Tutorial recap: the safe versions of reshape, transpose, slice and ravel edits, each taking the copy before writing.
import { arange, array, sharesMemory } from "ndalias";

// ---- reshape + copy ----
// reshape alone would be a view of a; .copy() makes the grid independent.
const a = arange(0, 12);
const grid = a.reshape(3, 4).copy();
grid.assign(0, -1);
console.log("grid:", grid.tolist());
console.log("a is still 0..11, sum =", a.sum());
console.log("grid shares memory with a?", sharesMemory(grid, a));

// ---- flatten first, then reshape the copy ----
// flatten() copies, so the reshaped view below only shares memory with that copy.
const blocks = a.flatten().reshape(2, 6);
blocks.slice(1).fill(0);
blocks.set([0, 0], 100);
console.log("blocks:", blocks.tolist(), "a:", a.tolist());

// ---- transpose + copy ----
const m = array([
  [1, 2],
  [3, 4],
]);
const mT = m.T.copy();
mT.set([0, 1], 100);
console.log("m:", m.tolist());
console.log("edited transpose:", mT.tolist());

// ---- slice + copy, then clear the original ----
const signal = array([0.2, 0.4, 0.9, 0.7, 0.3]);
const head = signal.slice(":3").copy();
signal.fill(0);
console.log("kept head:", head.tolist(), "cleared signal:", signal.tolist());

// ---- ravel + copy, then sort ----
// Without .copy() this sort would reorder m itself.
const sortedM = m.ravel().copy();
sortedM.sort();
console.log("sorted entries:", sortedM.tolist(), "m unchanged:", m.tolist());

// ---- an arithmetic result is new memory, written and then printed ----
const doubled = a.mul(2);
doubled.slice(":6").iadd(1);
console.log("doubled (+1 on the first half):", doubled.tolist());
console.log("a original:", a.tolist());

// ---- astype gives a new buffer too ----
const counts = array([3, 1, 4, 1, 5], "int32");
const ratios = counts.astype("float64");
ratios.idiv(counts.sum());
console.log("ratios:", ratios.tolist(), "counts:", counts.tolist());
