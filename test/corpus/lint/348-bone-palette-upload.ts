// Skinned mesh bone palette: fills one 4x4 matrix per bone, keeps a rest-pose backup, applies a corrective offset and uploads the palette.
// runnable
import { eye, zeros, NDArray } from "ndalias";

const BONES = 3;

function boneMatrix(index: number, bend: number): NDArray {
  const m = eye(4);
  const c = Math.cos(bend);
  const s = Math.sin(bend);
  m.set([1, 1], c);
  m.set([1, 2], -s);
  m.set([2, 1], s);
  m.set([2, 2], c);
  m.set([1, 3], index * 0.8);
  return m;
}

function upload(label: string, buffer: NDArray): void {
  const gpu = buffer.astype("float32");
  console.log(`${label}: ${gpu.size} floats, checksum ${gpu.sum().toFixed(4)}`);
}

const palette = zeros([BONES, 4, 4]);
for (let b = 0; b < BONES; b++) {
  palette.assign(b, boneMatrix(b, 0.2 * b));
}
const restPalette = palette.copy();

// Corrective blend shape nudges the tip bone forward before upload.
const tip = palette.slice(BONES - 1).copy();
tip.set([2, 3], tip.get(2, 3) + 0.05); // expect: no-lost-write
upload("frame 0", palette);

// Normalised weights for the debug view are a separate copy.
const debugView = restPalette.copy();
debugView.idiv(debugView.max());
console.log("debug view max:", debugView.max());

// Clear the palette for the next frame.
palette.flatten().fill(0); // expect: no-lost-write
upload("frame 1 (cleared)", palette);
console.log("rest pose checksum:", restPalette.sum().toFixed(4));
