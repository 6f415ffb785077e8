// Notebook: converts 8-bit pixel values to float for brightness correction, and shows where astype() and take() copies get lost.
// runnable
import { array, sharesMemory } from "ndalias";

// ---- Cell 1: a tiny 2x3 grayscale image ----
const pixels = array(
  [
    [12, 200, 255],
    [40, 90, 180],
  ],
  "uint8",
);
console.log("dtype:", pixels.dtype, "mean brightness:", pixels.mean());

// ---- Cell 2: astype() always returns a NEW array ----
// Normalising the float copy to [0, 1] is fine because I use it right after.
const asFloat = pixels.astype("float64");
asFloat.idiv(255);
console.log("normalised:", asFloat.tolist());
console.log("shares memory with pixels?", sharesMemory(asFloat, pixels));

// ---- Cell 3: brighten by 10% ----
// I converted to float32 "so the multiplication doesn't overflow",
// but the brightened copy is thrown away; pixels never changes.
const brighter = pixels.astype("float32");
brighter.imul(1.1); // expect: no-lost-write
console.log("pixels after brightening:", pixels.tolist());

// ---- Cell 4: blank the first row ----
// take() is fancy indexing, which copies in NumPy too (a[[0]] is not a view),
// so this fill goes into a temporary nobody ever reads.
pixels.take([0], 0).fill(0); // expect: no-lost-write
console.log("first row after blanking:", pixels.slice(0).tolist());

// What I meant: write through a basic slice of pixels itself.
pixels.slice(1).fill(0);
console.log("second row after blanking:", pixels.slice(1).tolist());

// ---- Cell 5: gamma correction on the float copy, then used ----
const gamma = asFloat.mul(asFloat);
gamma.imul(255);
console.log("gamma-corrected:", gamma.tolist());

// ---- Cell 6: a contrast stretch that keeps its result ----
const lo = asFloat.min();
const hi = asFloat.max();
const stretched = asFloat.sub(lo);
stretched.idiv(hi - lo);
console.log("stretched range:", stretched.min(), stretched.max());
