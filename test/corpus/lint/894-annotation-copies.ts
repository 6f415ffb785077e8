// Annotation overlay: keeps pristine copies before drawing boxes and masks onto a colour frame, then reports what the drawing changed.
import { zeros, NDArray } from "ndalias";

type Box = { top: number; left: number; bottom: number; right: number; label: string };

function synthFrame(h: number, w: number): NDArray {
  const hwc = zeros([h, w, 3]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      hwc.set([y, x, 0], (x / w) * 0.8);
      hwc.set([y, x, 1], (y / h) * 0.6);
      hwc.set([y, x, 2], 0.3);
    }
  }
  return hwc;
}

/** Draws the outline of a box in place; the caller passes the frame it wants drawn on. */
function drawBox(hwc: NDArray, box: Box, colour: [number, number, number]): void {
  const { top, left, bottom, right } = box;
  for (let c = 0; c < 3; c++) {
    hwc.slice(top, `${left}:${right + 1}`, c).fill(colour[c]);
    hwc.slice(bottom, `${left}:${right + 1}`, c).fill(colour[c]);
    hwc.slice(`${top}:${bottom + 1}`, left, c).fill(colour[c]);
    hwc.slice(`${top}:${bottom + 1}`, right, c).fill(colour[c]);
  }
}

function changedPixels(before: NDArray, after: NDArray): number {
  const diff = after.sub(before);
  let changed = 0;
  const [h, w] = before.shape;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const d = Math.abs(diff.get(y, x, 0)) + Math.abs(diff.get(y, x, 1)) + Math.abs(diff.get(y, x, 2));
      if (d > 1e-9) changed++;
    }
  }
  return changed;
}

function planeMeans(hwc: NDArray): string {
  const chw = hwc.transpose(2, 0, 1);
  return [0, 1, 2].map((c) => chw.slice(c).mean().toFixed(3)).join(" / ");
}

const frame = synthFrame(8, 10);
const boxes: Box[] = [
  { top: 1, left: 1, bottom: 4, right: 5, label: "car" },
  { top: 4, left: 6, bottom: 7, right: 9, label: "bike" },
];

// 1. snapshot first, then draw on the frame itself
const pristine = frame.copy();
for (const box of boxes) drawBox(frame, box, [1, 0, 0]);
console.log("pixels changed by outlines:", changedPixels(pristine, frame));
console.log("plane means pristine:", planeMeans(pristine));
console.log("plane means annotated:", planeMeans(frame));

// 2. a zoomed patch that is highlighted for the side panel: copied before editing
const carPatch = frame.slice("1:5, 1:6").copy();
carPatch.slice("..., 1").fill(1);
carPatch.imul(0.9);
console.log("car patch shape:", carPatch.shape.join("x"), "mean", carPatch.mean().toFixed(3));

// 3. a planar copy for the segmentation model, with the blue plane cleared
const planar = pristine.transpose(2, 0, 1).copy();
planar.slice(2).fill(0);
const planarView = planar.slice(0);
console.log("red plane of model input:", planarView.mean().toFixed(3), "total", planar.sum().toFixed(3));

// 4. a highlight mask: a fresh array that never shares memory with the frame
const mask = zeros([8, 10]);
for (const box of boxes) {
  mask.slice(`${box.top}:${box.bottom + 1}, ${box.left}:${box.right + 1}`).fill(1);
}
const tinted = frame.copy();
for (let c = 0; c < 3; c++) {
  tinted.slice("..., " + c).iadd(mask.mul(0.1));
}
console.log("masked area:", mask.sum(), "tinted mean:", tinted.mean().toFixed(3));

// 5. undo the annotations by restoring the snapshot into the frame's own memory
frame.assign("...", pristine);
console.log("after undo, pixels changed:", changedPixels(pristine, frame));
